package dev.articlequotes.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article body of a web page the way a browser's reader view does: a port to
 * jsoup of the content algorithm of Mozilla's Readability.js (Apache-2.0), the reader
 * view of Firefox. Paragraph-like elements are scored on their length and commas, their
 * scores flow to their ancestors, the best ancestor (weighed down by its link density) is
 * the body, related siblings are joined to it, and what is left of boilerplate inside it
 * (forms, share bars, link lists, empty containers) is cleaned away. When too little text
 * is found the page is read again with fewer filters. Used by {@link HtmlArticleReader};
 * the document passed in is changed.
 */
final class Readability {

	private static final int CHAR_THRESHOLD = 500;

	private static final int TOP_CANDIDATES = 5;

	private static final int FLAG_STRIP_UNLIKELYS = 1;

	private static final int FLAG_WEIGHT_CLASSES = 2;

	private static final int FLAG_CLEAN_CONDITIONALLY = 4;

	private static final Pattern UNLIKELY_CANDIDATES = Pattern
		.compile("(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr"
				+ "|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
				+ "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote");

	private static final Pattern MAYBE_CANDIDATE = Pattern
		.compile("(?i)and|article|body|column|content|main|mathjax|shadow");

	private static final Pattern POSITIVE = Pattern
		.compile("(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");

	private static final Pattern NEGATIVE = Pattern
		.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead"
				+ "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
				+ "|tags|widget");

	private static final Pattern BYLINE = Pattern.compile("(?i)byline|author|dateline|writtenby|p-author");

	static final Pattern VIDEOS = Pattern
		.compile("(?i)//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq|bilibili"
				+ "|live\\.bilibili)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)");

	private static final Pattern SHARE_ELEMENTS = Pattern.compile("(?i)(\\b|_)(share|sharedaddy)(\\b|_)");

	private static final Pattern HAS_CONTENT = Pattern.compile("\\S$");

	private static final Pattern HASH_URL = Pattern.compile("^#.+");

	private static final Pattern AD_WORDS = Pattern
		.compile("(?iu)^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$");

	private static final Pattern LOADING_WORDS = Pattern
		.compile("(?iu)^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$");

	private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

	private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
			"alertdialog", "dialog");

	private static final Set<String> DIV_TO_P_ELEMS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre",
			"table", "ul");

	private static final Set<String> ALTER_TO_DIV_EXCEPTIONS = Set.of("div", "article", "section", "p", "ol", "ul");

	private static final Set<String> PHRASING_ELEMS = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite",
			"code", "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math",
			"meter", "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small",
			"span", "strong", "sub", "sup", "textarea", "time", "var", "wbr");

	private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	private static final Set<String> TEXTISH_TAGS = Set.of("span", "li", "td", "blockquote", "dl", "div", "img", "ol",
			"p", "pre", "table", "ul");

	private final Document doc;

	private final String articleTitle;

	private final boolean hasByline;

	private final Supplier<Element> freshBody;

	private final Map<Element, Double> scores = new IdentityHashMap<>();

	private final Set<Element> dataTables = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

	/**
	 * Text lengths and comma counts of elements, computed once while the tree does not
	 * change; a removal forgets the removed element's ancestors.
	 */
	private final Map<Element, TextStats> textStats = new IdentityHashMap<>();

	private int flags = FLAG_STRIP_UNLIKELYS | FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY;

	private String byline;

	/**
	 * @param doc the page, already without scripts and styles
	 * @param articleTitle the title found in the page's metadata, to drop a heading that
	 * repeats it
	 * @param hasByline whether the metadata named an author (then no byline is looked for
	 * in the body)
	 * @param freshBody the page's body as it was before this reading changed it, made
	 * again (parsed anew) when the page must be read again with fewer filters
	 */
	Readability(Document doc, String articleTitle, boolean hasByline, Supplier<Element> freshBody) {
		this.doc = doc;
		this.freshBody = freshBody;
		this.articleTitle = (articleTitle != null) ? articleTitle : "";
		this.hasByline = hasByline;
	}

	/** The byline found in the body and taken out of it, or {@code null}. */
	String byline() {
		return this.byline;
	}

	/**
	 * Prepares the document: styles and {@code <font>} gone, {@code <br>
	 * } chains made paragraphs.
	 */
	static void prepare(Document doc) {
		doc.select("style").remove();
		replaceBrs(doc.body());
		for (Element font : doc.getElementsByTag("font")) {
			font.tagName("span");
		}
	}

	/** The article body, or {@code null} when the page has no text at all. */
	Element grabArticle() {
		Element page = this.doc.body();
		if (page == null) {
			return null;
		}
		List<Element> attempts = new ArrayList<>();
		List<Integer> attemptLengths = new ArrayList<>();
		while (true) {
			boolean stripUnlikelyCandidates = isActive(FLAG_STRIP_UNLIKELYS);
			List<Element> elementsToScore = new ArrayList<>();
			Element node = this.doc.firstElementChild();
			boolean shouldRemoveTitleHeader = true;
			while (node != null) {
				String tag = node.normalName();
				String matchString = node.className() + " " + node.id();
				if (!isProbablyVisible(node)) {
					node = removeAndGetNext(node);
					continue;
				}
				if ("true".equals(node.attr("aria-modal")) && "dialog".equals(node.attr("role"))) {
					node = removeAndGetNext(node);
					continue;
				}
				if (this.byline == null && !this.hasByline && isValidByline(node, matchString)) {
					Element end = nextNode(node, true);
					Element next = nextNode(node, false);
					Element itemPropName = null;
					while (next != null && next != end) {
						if (next.attr("itemprop").contains("name")) {
							itemPropName = next;
							break;
						}
						next = nextNode(next, false);
					}
					this.byline = jsTrim(textContent((itemPropName != null) ? itemPropName : node));
					node = removeAndGetNext(node);
					continue;
				}
				if (shouldRemoveTitleHeader && headerDuplicatesTitle(node)) {
					shouldRemoveTitleHeader = false;
					node = removeAndGetNext(node);
					continue;
				}
				if (stripUnlikelyCandidates) {
					if (UNLIKELY_CANDIDATES.matcher(matchString).find() && !MAYBE_CANDIDATE.matcher(matchString).find()
							&& !hasAncestorTag(node, "table", 3, null) && !hasAncestorTag(node, "code", 3, null)
							&& !tag.equals("body") && !tag.equals("a")) {
						node = removeAndGetNext(node);
						continue;
					}
					if (UNLIKELY_ROLES.contains(node.attr("role"))) {
						node = removeAndGetNext(node);
						continue;
					}
				}
				if ((tag.equals("div") || tag.equals("section") || tag.equals("header") || HEADINGS.contains(tag))
						&& isElementWithoutContent(node)) {
					node = removeAndGetNext(node);
					continue;
				}
				if (TAGS_TO_SCORE.contains(tag)) {
					elementsToScore.add(node);
				}
				if (tag.equals("div")) {
					wrapPhrasingContent(node);
					if (hasSingleTagInsideElement(node, "p") && linkDensity(node) < 0.25) {
						Element child = node.child(0);
						node.replaceWith(child);
						node = child;
						elementsToScore.add(node);
					}
					else if (!hasChildBlockElement(node)) {
						node.tagName("p");
						elementsToScore.add(node);
					}
				}
				node = nextNode(node, false);
			}

			this.textStats.clear();
			List<Element> candidates = scoreParagraphs(elementsToScore);
			List<Element> topCandidates = new ArrayList<>();
			for (Element candidate : candidates) {
				double score = score(candidate) * (1 - linkDensity(candidate));
				this.scores.put(candidate, score);
				for (int t = 0; t < TOP_CANDIDATES; t++) {
					if (t >= topCandidates.size() || score > score(topCandidates.get(t))) {
						topCandidates.add(t, candidate);
						if (topCandidates.size() > TOP_CANDIDATES) {
							topCandidates.remove(topCandidates.size() - 1);
						}
						break;
					}
				}
			}
			Element topCandidate = topCandidates.isEmpty() ? null : topCandidates.get(0);
			if (topCandidate == null || topCandidate.normalName().equals("body")) {
				topCandidate = new Element("div");
				List<Node> children = new ArrayList<>(page.childNodes());
				for (Node child : children) {
					topCandidate.appendChild(child);
				}
				page.appendChild(topCandidate);
				initializeNode(topCandidate);
			}
			else {
				topCandidate = betterTopCandidate(topCandidate, topCandidates);
			}

			Element articleContent = new Element("div");
			double siblingScoreThreshold = Math.max(10, score(topCandidate) * 0.2);
			Element parentOfTopCandidate = topCandidate.parent();
			List<Element> siblings = new ArrayList<>(parentOfTopCandidate.children());
			for (Element sibling : siblings) {
				boolean append = false;
				if (sibling == topCandidate) {
					append = true;
				}
				else {
					double contentBonus = 0;
					if (sibling.className().equals(topCandidate.className()) && !topCandidate.className().isEmpty()) {
						contentBonus += score(topCandidate) * 0.2;
					}
					if (this.scores.containsKey(sibling) && score(sibling) + contentBonus >= siblingScoreThreshold) {
						append = true;
					}
					else if (sibling.normalName().equals("p")) {
						double density = linkDensity(sibling);
						int length = stats(sibling).length();
						if (length > 80 && density < 0.25) {
							append = true;
						}
						else if (length < 80 && length > 0 && density == 0
								&& SENTENCE_END.matcher(innerText(sibling, true)).find()) {
							append = true;
						}
					}
				}
				if (append) {
					if (!ALTER_TO_DIV_EXCEPTIONS.contains(sibling.normalName())) {
						sibling.tagName("div");
					}
					articleContent.appendChild(sibling);
				}
			}
			this.textStats.clear();
			prepArticle(articleContent);
			this.textStats.clear();

			int textLength = stats(articleContent).length();
			if (textLength >= CHAR_THRESHOLD) {
				return articleContent;
			}
			attempts.add(articleContent);
			attemptLengths.add(textLength);
			if (isActive(FLAG_STRIP_UNLIKELYS)) {
				this.flags &= ~FLAG_STRIP_UNLIKELYS;
			}
			else if (isActive(FLAG_WEIGHT_CLASSES)) {
				this.flags &= ~FLAG_WEIGHT_CLASSES;
			}
			else if (isActive(FLAG_CLEAN_CONDITIONALLY)) {
				this.flags &= ~FLAG_CLEAN_CONDITIONALLY;
			}
			else {
				int best = 0;
				for (int i = 1; i < attempts.size(); i++) {
					if (attemptLengths.get(i) > attemptLengths.get(best)) {
						best = i;
					}
				}
				return (attemptLengths.get(best) == 0) ? null : attempts.get(best);
			}
			page.empty();
			for (Node child : new ArrayList<>(this.freshBody.get().childNodes())) {
				page.appendChild(child);
			}
		}
	}

	/** Scores each paragraph-like element and adds its score to up to five ancestors. */
	private List<Element> scoreParagraphs(List<Element> elementsToScore) {
		List<Element> candidates = new ArrayList<>();
		for (Element element : elementsToScore) {
			if (element.parent() == null || element.parent() instanceof Document) {
				continue;
			}
			TextStats text = stats(element);
			if (text.length() < 25) {
				continue;
			}
			List<Element> ancestors = ancestors(element, 5);
			if (ancestors.isEmpty()) {
				continue;
			}
			double contentScore = 1;
			contentScore += text.commas() + 1;
			contentScore += Math.min(text.length() / 100, 3);
			for (int level = 0; level < ancestors.size(); level++) {
				Element ancestor = ancestors.get(level);
				if (ancestor instanceof Document || ancestor.parent() == null
						|| ancestor.parent() instanceof Document) {
					continue;
				}
				if (!this.scores.containsKey(ancestor)) {
					initializeNode(ancestor);
					candidates.add(ancestor);
				}
				int divider = (level == 0) ? 1 : (level == 1) ? 2 : level * 3;
				this.scores.put(ancestor, score(ancestor) + contentScore / divider);
			}
		}
		return candidates;
	}

	/**
	 * A better top candidate than the best-scored one: a common ancestor of several close
	 * runners-up, a parent that scores higher, or the parent of an only child.
	 */
	private Element betterTopCandidate(Element topCandidate, List<Element> topCandidates) {
		List<List<Element>> alternativeAncestors = new ArrayList<>();
		for (int i = 1; i < topCandidates.size(); i++) {
			if (score(topCandidates.get(i)) / score(topCandidate) >= 0.75) {
				alternativeAncestors.add(ancestors(topCandidates.get(i), 0));
			}
		}
		int minimumTopCandidates = 3;
		if (alternativeAncestors.size() >= minimumTopCandidates) {
			Element parent = topCandidate.parent();
			while (parent != null && !(parent instanceof Document) && !parent.normalName().equals("body")) {
				int lists = 0;
				for (int i = 0; i < alternativeAncestors.size() && lists < minimumTopCandidates; i++) {
					lists += containsIdentity(alternativeAncestors.get(i), parent) ? 1 : 0;
				}
				if (lists >= minimumTopCandidates) {
					topCandidate = parent;
					break;
				}
				parent = parent.parent();
			}
		}
		if (!this.scores.containsKey(topCandidate)) {
			initializeNode(topCandidate);
		}
		Element parent = topCandidate.parent();
		double lastScore = score(topCandidate);
		double scoreThreshold = lastScore / 3;
		while (parent != null && !(parent instanceof Document) && !parent.normalName().equals("body")) {
			if (!this.scores.containsKey(parent)) {
				parent = parent.parent();
				continue;
			}
			double parentScore = score(parent);
			if (parentScore < scoreThreshold) {
				break;
			}
			if (parentScore > lastScore) {
				topCandidate = parent;
				break;
			}
			lastScore = parentScore;
			parent = parent.parent();
		}
		parent = topCandidate.parent();
		while (parent != null && !(parent instanceof Document) && !parent.normalName().equals("body")
				&& parent.childrenSize() == 1) {
			topCandidate = parent;
			parent = topCandidate.parent();
		}
		if (!this.scores.containsKey(topCandidate)) {
			initializeNode(topCandidate);
		}
		return topCandidate;
	}

	private static boolean containsIdentity(List<Element> list, Element element) {
		for (Element e : list) {
			if (e == element) {
				return true;
			}
		}
		return false;
	}

	/** Puts runs of phrasing content directly inside a {@code <div>} into paragraphs. */
	private static void wrapPhrasingContent(Element div) {
		Element p = null;
		Node child = div.firstChild();
		while (child != null) {
			Node nextSibling = child.nextSibling();
			if (isPhrasingContent(child)) {
				if (p != null) {
					p.appendChild(child);
				}
				else if (!isWhitespace(child)) {
					p = new Element("p");
					child.replaceWith(p);
					p.appendChild(child);
				}
			}
			else if (p != null) {
				trimTrailingWhitespace(p);
				p = null;
			}
			child = nextSibling;
		}
		if (p != null) {
			// readability.js trims only when a block follows; trailing whitespace is no
			// text
			trimTrailingWhitespace(p);
		}
	}

	private static void trimTrailingWhitespace(Element p) {
		while (p.childNodeSize() > 0 && isWhitespace(p.childNode(p.childNodeSize() - 1))) {
			p.childNode(p.childNodeSize() - 1).remove();
		}
	}

	/**
	 * Cleans the joined content: forms, embeds, share bars, link lists and empties out.
	 */
	private void prepArticle(Element articleContent) {
		markDataTables(articleContent);
		cleanConditionally(articleContent, "form");
		cleanConditionally(articleContent, "fieldset");
		clean(articleContent, "object");
		clean(articleContent, "embed");
		clean(articleContent, "footer");
		clean(articleContent, "link");
		clean(articleContent, "aside");
		for (Element topCandidate : new ArrayList<>(articleContent.children())) {
			cleanMatchedNodes(topCandidate, (node, matchString) -> SHARE_ELEMENTS.matcher(matchString).find()
					&& textContent(node).length() < CHAR_THRESHOLD);
		}
		clean(articleContent, "iframe");
		clean(articleContent, "input");
		clean(articleContent, "textarea");
		clean(articleContent, "select");
		clean(articleContent, "button");
		removeNodes(descendants(articleContent, "h1", "h2"), (heading) -> classWeight(heading) < 0);
		cleanConditionally(articleContent, "table");
		cleanConditionally(articleContent, "ul");
		cleanConditionally(articleContent, "div");
		for (Element h1 : descendants(articleContent, "h1")) {
			h1.tagName("h2");
		}
		removeNodes(descendants(articleContent, "p"),
				(paragraph) -> descendants(paragraph, "img", "embed", "object", "iframe").isEmpty()
						&& !hasText(paragraph));
		for (Element br : descendants(articleContent, "br")) {
			Node next = nextNonBlank(br.nextSibling());
			if (next instanceof Element e && e.normalName().equals("p")) {
				br.remove();
			}
		}
		for (Element table : descendants(articleContent, "table")) {
			Element tbody = hasSingleTagInsideElement(table, "tbody") ? table.firstElementChild() : table;
			if (hasSingleTagInsideElement(tbody, "tr")) {
				Element row = tbody.firstElementChild();
				if (hasSingleTagInsideElement(row, "td")) {
					Element cell = row.firstElementChild();
					boolean phrasing = cell.childNodes().stream().allMatch(Readability::isPhrasingContent);
					cell.tagName(phrasing ? "p" : "div");
					if (table.parent() != null) {
						table.replaceWith(cell);
					}
				}
			}
		}
	}

	private void markDataTables(Element root) {
		for (Element table : descendants(root, "table")) {
			if ("presentation".equals(table.attr("role")) || "0".equals(table.attr("datatable"))) {
				continue;
			}
			if (!table.attr("summary").isEmpty()) {
				this.dataTables.add(table);
				continue;
			}
			Element caption = table.selectFirst("caption");
			if (caption != null && caption.childNodeSize() > 0) {
				this.dataTables.add(table);
				continue;
			}
			if (!descendants(table, "col", "colgroup", "tfoot", "thead", "th").isEmpty()) {
				this.dataTables.add(table);
				continue;
			}
			if (!descendants(table, "table").isEmpty()) {
				continue;
			}
			int rows = 0;
			int columns = 0;
			for (Element tr : table.getElementsByTag("tr")) {
				rows += Math.max(1, parseIntOr(tr.attr("rowspan"), 1));
				int columnsInRow = 0;
				for (Element td : tr.getElementsByTag("td")) {
					columnsInRow += Math.max(1, parseIntOr(td.attr("colspan"), 1));
				}
				columns = Math.max(columns, columnsInRow);
			}
			if (rows == 1 || columns == 1) {
				continue;
			}
			if (rows >= 10 || columns > 4 || rows * columns > 10) {
				this.dataTables.add(table);
			}
		}
	}

	private static int parseIntOr(String value, int fallback) {
		try {
			return value.isEmpty() ? fallback : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	/** Removes elements of a tag that look like boilerplate rather than content. */
	private void cleanConditionally(Element root, String tag) {
		if (!isActive(FLAG_CLEAN_CONDITIONALLY)) {
			return;
		}
		removeNodes(descendants(root, tag), (node) -> shouldCleanConditionally(node, tag));
	}

	private boolean shouldCleanConditionally(Element node, String tag) {
		boolean isList = tag.equals("ul") || tag.equals("ol");
		if (!isList) {
			int listLength = 0;
			for (Element list : descendants(node, "ul", "ol")) {
				listLength += stats(list).length();
			}
			int length = stats(node).length();
			isList = length > 0 && (double) listLength / length > 0.9;
		}
		if (tag.equals("table") && this.dataTables.contains(node)) {
			return false;
		}
		if (hasAncestorTag(node, "table", -1, this.dataTables::contains)) {
			return false;
		}
		if (hasAncestorTag(node, "code", 3, null)) {
			return false;
		}
		for (Element table : descendants(node, "table")) {
			if (this.dataTables.contains(table)) {
				return false;
			}
		}
		int weight = classWeight(node);
		if (weight < 0) {
			return true;
		}
		TextStats text = stats(node);
		if (text.asciiCommas() >= 10) {
			return false;
		}
		int p = descendants(node, "p").size();
		int img = descendants(node, "img").size();
		int li = descendants(node, "li").size() - 100;
		int input = descendants(node, "input").size();
		double headingDensity = textDensity(node, HEADINGS);
		int embedCount = 0;
		for (Element embed : descendants(node, "object", "embed", "iframe")) {
			if (isAllowedVideo(embed)) {
				return false;
			}
			embedCount++;
		}
		int contentLength = text.length();
		if (contentLength < 40) {
			String innerText = innerText(node, true);
			if (AD_WORDS.matcher(innerText).matches() || LOADING_WORDS.matcher(innerText).matches()) {
				return true;
			}
		}
		double linkDensity = linkDensity(node);
		double textDensity = textDensity(node, TEXTISH_TAGS);
		boolean isFigureChild = hasAncestorTag(node, "figure", 3, null);
		boolean remove = (!isFigureChild && img > 1 && (double) p / img < 0.5) || (!isList && li > p) || (input > p / 3)
				|| (!isList && !isFigureChild && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2)
						&& linkDensity > 0)
				|| (!isList && weight < 25 && linkDensity > 0.2) || (weight >= 25 && linkDensity > 0.5)
				|| ((embedCount == 1 && contentLength < 75) || embedCount > 1) || (img == 0 && textDensity == 0);
		if (isList && remove) {
			for (Element child : node.children()) {
				if (child.childrenSize() > 1) {
					return true;
				}
			}
			if (img == descendants(node, "li").size()) {
				return false;
			}
		}
		return remove;
	}

	/**
	 * Whether an embed's attributes (or an object's markup) point to a known video host.
	 */
	static boolean isAllowedVideo(Element element) {
		for (var attribute : element.attributes()) {
			if (VIDEOS.matcher(attribute.getValue()).find()) {
				return true;
			}
		}
		return element.normalName().equals("object") && VIDEOS.matcher(element.html()).find();
	}

	private void clean(Element root, String tag) {
		boolean isEmbed = tag.equals("object") || tag.equals("embed") || tag.equals("iframe");
		removeNodes(descendants(root, tag), (element) -> !(isEmbed && isAllowedVideo(element)));
	}

	private void cleanMatchedNodes(Element element, BiPredicate<Element, String> filter) {
		Element end = nextNode(element, true);
		Element next = nextNode(element, false);
		while (next != null && next != end) {
			if (filter.test(next, next.className() + " " + next.id())) {
				Element removed = next;
				next = nextNode(removed, true);
				remove(removed);
			}
			else {
				next = nextNode(next, false);
			}
		}
	}

	private void removeNodes(List<Element> nodes, Predicate<Element> filter) {
		for (int i = nodes.size() - 1; i >= 0; i--) {
			Element node = nodes.get(i);
			if (node.parent() != null && filter.test(node)) {
				remove(node);
			}
		}
	}

	/** Removes an element, forgetting the text of its ancestors. */
	private void remove(Element node) {
		for (Element ancestor = node.parent(); ancestor != null; ancestor = ancestor.parent()) {
			this.textStats.remove(ancestor);
		}
		node.remove();
	}

	private double textDensity(Element element, Set<String> tags) {
		int textLength = stats(element).length();
		if (textLength == 0) {
			return 0;
		}
		int childrenLength = 0;
		for (Element child : element.getAllElements()) {
			if (child != element && tags.contains(child.normalName())) {
				childrenLength += stats(child).length();
			}
		}
		return (double) childrenLength / textLength;
	}

	private void initializeNode(Element node) {
		double score = switch (node.normalName()) {
			case "div" -> 5;
			case "pre", "td", "blockquote" -> 3;
			case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
			case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
			default -> 0;
		};
		this.scores.put(node, score + classWeight(node));
	}

	private double score(Element element) {
		return this.scores.getOrDefault(element, 0.0);
	}

	private int classWeight(Element element) {
		if (!isActive(FLAG_WEIGHT_CLASSES)) {
			return 0;
		}
		int weight = 0;
		String className = element.className();
		if (!className.isEmpty()) {
			weight -= NEGATIVE.matcher(className).find() ? 25 : 0;
			weight += POSITIVE.matcher(className).find() ? 25 : 0;
		}
		String id = element.id();
		if (!id.isEmpty()) {
			weight -= NEGATIVE.matcher(id).find() ? 25 : 0;
			weight += POSITIVE.matcher(id).find() ? 25 : 0;
		}
		return weight;
	}

	private boolean isActive(int flag) {
		return (this.flags & flag) != 0;
	}

	private boolean headerDuplicatesTitle(Element node) {
		String tag = node.normalName();
		if (!tag.equals("h1") && !tag.equals("h2")) {
			return false;
		}
		return textSimilarity(this.articleTitle, innerText(node, false)) > 0.75;
	}

	private static boolean isValidByline(Element node, String matchString) {
		boolean bylineLike = "author".equals(node.attr("rel")) || node.attr("itemprop").contains("author")
				|| BYLINE.matcher(matchString).find();
		if (!bylineLike) {
			return false;
		}
		int length = jsTrim(textContent(node)).length();
		return length > 0 && length < 100;
	}

	/**
	 * Whether an element is shown: not {@code hidden}, {@code aria-hidden} or styled
	 * away.
	 */
	static boolean isProbablyVisible(Element node) {
		String style = node.attr("style");
		if (!style.isEmpty()) {
			String compact = style.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
			if (compact.contains("display:none") || compact.contains("visibility:hidden")) {
				return false;
			}
		}
		if (node.hasAttr("hidden")) {
			return false;
		}
		return !"true".equals(node.attr("aria-hidden")) || node.className().contains("fallback-image");
	}

	private static boolean isElementWithoutContent(Element node) {
		if (hasText(node)) {
			return false;
		}
		int children = node.childrenSize();
		if (children == 0) {
			return true;
		}
		int brOrHr = 0;
		for (Element e : node.getAllElements()) {
			if (e != node && (e.normalName().equals("br") || e.normalName().equals("hr"))) {
				brOrHr++;
			}
		}
		return children == brOrHr;
	}

	private static boolean hasSingleTagInsideElement(Element element, String tag) {
		if (element.childrenSize() != 1 || !element.child(0).normalName().equals(tag)) {
			return false;
		}
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text && HAS_CONTENT.matcher(text.getWholeText()).find()) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasChildBlockElement(Element element) {
		for (Element child : element.children()) {
			if (DIV_TO_P_ELEMS.contains(child.normalName()) || hasChildBlockElement(child)) {
				return true;
			}
		}
		return false;
	}

	static boolean isPhrasingContent(Node node) {
		if (node instanceof TextNode) {
			return true;
		}
		if (!(node instanceof Element element)) {
			return false;
		}
		String tag = element.normalName();
		if (PHRASING_ELEMS.contains(tag)) {
			return true;
		}
		if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
			for (Node child : element.childNodes()) {
				if (!isPhrasingContent(child)) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	private static boolean isWhitespace(Node node) {
		if (node instanceof TextNode text) {
			return jsTrim(text.getWholeText()).isEmpty();
		}
		return node instanceof Element element && element.normalName().equals("br");
	}

	private static boolean hasAncestorTag(Element node, String tag, int maxDepth, Predicate<Element> filter) {
		int depth = 0;
		Element current = node;
		while (current.parent() != null) {
			if (maxDepth > 0 && depth > maxDepth) {
				return false;
			}
			Element parent = current.parent();
			if (parent.normalName().equals(tag) && (filter == null || filter.test(parent))) {
				return true;
			}
			current = parent;
			depth++;
		}
		return false;
	}

	private static List<Element> ancestors(Element node, int maxDepth) {
		List<Element> ancestors = new ArrayList<>();
		Element current = node;
		int i = 0;
		while (current.parent() != null) {
			ancestors.add(current.parent());
			if (maxDepth > 0 && ++i == maxDepth) {
				break;
			}
			current = current.parent();
		}
		return ancestors;
	}

	/** The next element in document order, or past this element's subtree. */
	private static Element nextNode(Element node, boolean ignoreSelfAndKids) {
		if (!ignoreSelfAndKids) {
			Element first = node.firstElementChild();
			if (first != null) {
				return first;
			}
		}
		Element current = node;
		while (current != null) {
			Element sibling = current.nextElementSibling();
			if (sibling != null) {
				return sibling;
			}
			current = current.parent();
		}
		return null;
	}

	private static Element removeAndGetNext(Element node) {
		Element next = nextNode(node, true);
		node.remove();
		return next;
	}

	/**
	 * The descendants of an element with one of the tags, in document order, without
	 * itself.
	 */
	static List<Element> descendants(Element root, String... tags) {
		List<Element> found = new ArrayList<>();
		for (Element element : root.getAllElements()) {
			if (element == root) {
				continue;
			}
			String name = element.normalName();
			for (String tag : tags) {
				if (name.equals(tag)) {
					found.add(element);
					break;
				}
			}
		}
		return found;
	}

	private double linkDensity(Element element) {
		int textLength = stats(element).length();
		if (textLength == 0) {
			return 0;
		}
		double linkLength = 0;
		for (Element link : descendants(element, "a")) {
			double coefficient = HASH_URL.matcher(link.attr("href")).matches() ? 0.3 : 1;
			linkLength += stats(link).length() * coefficient;
		}
		return linkLength / textLength;
	}

	/**
	 * Replaces chains of two or more {@code <br>
	 * } with paragraphs.
	 */
	private static void replaceBrs(Element root) {
		if (root == null) {
			return;
		}
		for (Element br : root.getElementsByTag("br")) {
			if (br.parent() == null) {
				continue;
			}
			Node next = br.nextSibling();
			boolean replaced = false;
			while ((next = nextNonBlank(next)) instanceof Element e && e.normalName().equals("br")) {
				replaced = true;
				Node brSibling = next.nextSibling();
				next.remove();
				next = brSibling;
			}
			if (replaced) {
				Element p = new Element("p");
				br.replaceWith(p);
				next = p.nextSibling();
				while (next != null) {
					if (next instanceof Element e && e.normalName().equals("br")) {
						Node nextElem = nextNonBlank(next.nextSibling());
						if (nextElem instanceof Element n && n.normalName().equals("br")) {
							break;
						}
					}
					if (!isPhrasingContent(next)) {
						break;
					}
					Node sibling = next.nextSibling();
					p.appendChild(next);
					next = sibling;
				}
				trimTrailingWhitespace(p);
				if (p.parent() != null && p.parent().normalName().equals("p")) {
					p.parent().tagName("div");
				}
			}
		}
	}

	/** The node itself or the next sibling that is an element or non-blank text. */
	private static Node nextNonBlank(Node node) {
		Node next = node;
		while (next != null && !(next instanceof Element) && jsTrim(nodeText(next)).isEmpty()) {
			next = next.nextSibling();
		}
		return next;
	}

	private static String nodeText(Node node) {
		if (node instanceof TextNode text) {
			return text.getWholeText();
		}
		if (node instanceof Comment comment) {
			return comment.getData();
		}
		return "";
	}

	/** Whether a node holds any text other than whitespace. */
	static boolean hasText(Node node) {
		for (int i = 0; i < node.childNodeSize(); i++) {
			Node child = node.childNode(i);
			if (child instanceof TextNode t) {
				String text = t.getWholeText();
				for (int c = 0; c < text.length(); c++) {
					if (!isJsSpace(text.charAt(c))) {
						return true;
					}
				}
			}
			else if (child instanceof Element && hasText(child)) {
				return true;
			}
		}
		return false;
	}

	/** The length and commas of an element's normalised text, remembered. */
	private TextStats stats(Element element) {
		TextStats stats = this.textStats.get(element);
		if (stats == null) {
			TextStats.Counter counter = new TextStats.Counter();
			counter.add(element);
			stats = counter.stats();
			this.textStats.put(element, stats);
		}
		return stats;
	}

	/**
	 * What the scoring needs of an element's text, counted without building it: the
	 * length of its trimmed text with runs of whitespace made one space, its commas (of
	 * any script) and its ASCII commas.
	 */
	private record TextStats(int length, int commas, int asciiCommas) {

		private static final class Counter {

			private int length;

			private int commas;

			private int asciiCommas;

			private boolean pendingSpace;

			void add(Node node) {
				for (int i = 0; i < node.childNodeSize(); i++) {
					Node child = node.childNode(i);
					if (child instanceof TextNode t) {
						count(t.getWholeText());
					}
					else if (child instanceof Element) {
						add(child);
					}
				}
			}

			private void count(String text) {
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					if (isJsSpace(c)) {
						this.pendingSpace = this.length > 0;
						continue;
					}
					if (this.pendingSpace) {
						this.length++;
						this.pendingSpace = false;
					}
					this.length++;
					if (c == ',') {
						this.asciiCommas++;
						this.commas++;
					}
					else if (c == '\u060C' || c == '\uFE50' || c == '\uFE10' || c == '\uFE11' || c == '\u2E41'
							|| c == '\u2E34' || c == '\u2E32' || c == '\uFF0C') {
						this.commas++;
					}
				}
			}

			TextStats stats() {
				return new TextStats(this.length, this.commas, this.asciiCommas);
			}

		}

	}

	/** The DOM {@code textContent} of a node: all its text, as written. */
	static String textContent(Node node) {
		if (node instanceof TextNode text) {
			return text.getWholeText();
		}
		StringBuilder text = new StringBuilder();
		appendText(node, text);
		return text.toString();
	}

	private static void appendText(Node node, StringBuilder text) {
		for (int i = 0; i < node.childNodeSize(); i++) {
			Node child = node.childNode(i);
			if (child instanceof TextNode t) {
				text.append(t.getWholeText());
			}
			else if (child instanceof Element) {
				appendText(child, text);
			}
		}
	}

	/** Text trimmed, and with runs of whitespace made one space when asked. */
	static String innerText(Element element, boolean normalizeSpaces) {
		String text = jsTrim(textContent(element));
		return normalizeSpaces ? normalizeSpaces(text) : text;
	}

	private static String normalizeSpaces(String text) {
		StringBuilder out = null;
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (isJsSpace(c) && i + 1 < n && isJsSpace(text.charAt(i + 1))) {
				if (out == null) {
					out = new StringBuilder(n);
					out.append(text, 0, i);
				}
				out.append(' ');
				while (i < n && isJsSpace(text.charAt(i))) {
					i++;
				}
				continue;
			}
			if (out != null) {
				out.append(c);
			}
			i++;
		}
		return (out != null) ? out.toString() : text;
	}

	/**
	 * The characters JavaScript's {@code \s} and {@code trim()} take for whitespace, as
	 * bits indexed by the character: a lookup with no branch to mispredict. A chain of
	 * comparisons made the JIT recompile each loop that inlines it whenever a page first
	 * used one more kind of space (a no-break space, a thin space), several times per
	 * method during the start-up.
	 */
	private static final long[] JS_SPACES = charSet(
			" \t\n\r\f\u000B\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
					+ "\u2028\u2029\u202F\u205F\u3000\uFEFF");

	/** Whitespace as JavaScript's {@code \s} and {@code trim()} know it. */
	static boolean isJsSpace(char c) {
		return (JS_SPACES[c >>> 6] & (1L << c)) != 0;
	}

	/**
	 * A set of characters as bits indexed by the character, for a lookup without
	 * branches.
	 */
	static long[] charSet(String chars) {
		long[] bits = new long[(Character.MAX_VALUE + 1) >>> 6];
		for (int i = 0; i < chars.length(); i++) {
			char c = chars.charAt(i);
			bits[c >>> 6] |= 1L << c;
		}
		return bits;
	}

	static String jsTrim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isJsSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isJsSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	/** How much of {@code b}'s words {@code a} also has, from 0 to 1. */
	static double textSimilarity(String a, String b) {
		List<String> tokensA = tokens(a);
		List<String> tokensB = tokens(b);
		if (tokensA.isEmpty() || tokensB.isEmpty()) {
			return 0;
		}
		Set<String> inA = Set.copyOf(tokensA);
		List<String> uniqueB = tokensB.stream().filter((token) -> !inA.contains(token)).toList();
		double distance = (double) String.join(" ", uniqueB).length() / String.join(" ", tokensB).length();
		return 1 - distance;
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		for (String token : text.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
			if (!token.isEmpty()) {
				tokens.add(token);
			}
		}
		return tokens;
	}

}
