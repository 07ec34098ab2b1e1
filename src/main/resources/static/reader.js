// The reader page: shows an article from the JSON API with each quotation highlighted in
// its speaker's colour, a legend that filters by speaker, a search over the quotations and
// the details of the quotation in focus. Plain JavaScript, no build step, no dependencies.
'use strict';

(function () {
	const API = 'api';
	const PAGE_SIZE = 100;
	const PALETTE_SIZE = 10;
	const UNATTRIBUTED = '';

	const elements = {
		status: document.getElementById('status'),
		picker: document.getElementById('article-picker'),
		pickerForm: document.getElementById('picker-form'),
		article: document.getElementById('article'),
		title: document.getElementById('article-title'),
		dek: document.getElementById('article-dek'),
		byline: document.getElementById('article-byline'),
		body: document.getElementById('article-body'),
		searchForm: document.getElementById('search-form'),
		search: document.getElementById('quote-search'),
		searchResult: document.getElementById('search-result'),
		legend: document.getElementById('legend'),
		showAll: document.getElementById('show-all'),
		details: document.getElementById('details'),
		detailsClose: document.getElementById('details-close'),
		detailsEmpty: document.getElementById('details-empty'),
		detailsContent: document.getElementById('details-content'),
		detailsText: document.getElementById('details-text'),
		detailsSpeaker: document.getElementById('details-speaker'),
		detailsKind: document.getElementById('details-kind'),
		detailsSource: document.getElementById('details-source'),
		detailsCue: document.getElementById('details-cue'),
		detailsRule: document.getElementById('details-rule'),
		detailsLink: document.getElementById('details-link'),
	};

	const state = {
		article: null,
		quotesById: new Map(),
		colourBySpeaker: new Map(),
		speakerFilter: null,
		searchMatches: null,
		searchRequest: 0,
		focusedMark: null,
	};

	/** Fetches JSON, turning a problem detail into an Error carrying its detail. */
	async function getJson(path) {
		const response = await fetch(path, { headers: { Accept: 'application/json' } });
		const body = await response.json().catch(() => null);
		if (!response.ok) {
			const reason = (body && (body.detail || body.title)) || response.statusText;
			throw new Error(reason);
		}
		return body;
	}

	/** Every item of a paged collection, page after page. */
	async function getAll(path) {
		const separator = path.includes('?') ? '&' : '?';
		const items = [];
		for (let page = 0; ; page++) {
			const result = await getJson(path + separator + 'size=' + PAGE_SIZE + '&page=' + page);
			items.push(...result.content);
			if (page + 1 >= result.page.totalPages) {
				return items;
			}
		}
	}

	function articlePath(slug) {
		return API + '/articles/' + encodeURIComponent(slug);
	}

	function setStatus(message) {
		elements.status.textContent = message;
	}

	async function start() {
		elements.pickerForm.addEventListener('submit', (event) => event.preventDefault());
		elements.picker.addEventListener('change', () => loadArticle(elements.picker.value));
		elements.searchForm.addEventListener('submit', (event) => {
			event.preventDefault();
			search(elements.search.value);
		});
		elements.search.addEventListener('input', debounce(() => search(elements.search.value), 250));
		elements.showAll.addEventListener('click', () => filterBySpeaker(null));
		elements.detailsClose.addEventListener('click', closeDetails);
		document.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && !elements.detailsContent.hidden) {
				closeDetails();
			}
		});
		let articles;
		try {
			articles = await getAll(API + '/articles');
		}
		catch (error) {
			setStatus('The articles could not be loaded: ' + error.message);
			return;
		}
		if (articles.length === 0) {
			setStatus('The service has no articles loaded.');
			return;
		}
		for (const summary of articles) {
			const option = document.createElement('option');
			option.value = summary.slug;
			option.textContent = summary.title;
			elements.picker.append(option);
		}
		elements.picker.disabled = false;
		const requested = new URLSearchParams(window.location.search).get('article');
		const slug = articles.some((a) => a.slug === requested) ? requested : articles[0].slug;
		elements.picker.value = slug;
		await loadArticle(slug);
	}

	async function loadArticle(slug) {
		elements.article.setAttribute('aria-busy', 'true');
		setStatus('Loading the article…');
		let article;
		try {
			article = await getJson(articlePath(slug));
		}
		catch (error) {
			setStatus('The article could not be loaded: ' + error.message);
			return;
		}
		state.article = article;
		state.speakerFilter = null;
		state.searchMatches = null;
		elements.search.value = '';
		elements.searchResult.textContent = '';
		const url = new URL(window.location.href);
		url.searchParams.set('article', slug);
		window.history.replaceState(null, '', url);
		document.title = article.title + ' · article-quotes reader';
		assignColours(article.speakers);
		const misplaced = renderArticle(article);
		renderLegend(article);
		showDetails(null);
		applyFilters();
		elements.article.setAttribute('aria-busy', 'false');
		const counts = article.quotes.length + ' quotes from ' + article.speakers.length + ' speakers';
		setStatus(misplaced > 0 ? counts + '; ' + misplaced + ' could not be placed in the text.' : counts + '.');
	}

	function assignColours(speakers) {
		state.colourBySpeaker = new Map();
		speakers.forEach((speaker, index) => state.colourBySpeaker.set(speaker.id, index % PALETTE_SIZE));
	}

	function colourClass(speakerId) {
		return state.colourBySpeaker.has(speakerId) ? 'speaker-' + state.colourBySpeaker.get(speakerId)
				: 'speaker-none';
	}

	/** Renders title, dek and body with their quotations; answers how many could not be placed. */
	function renderArticle(article) {
		state.quotesById = new Map(article.quotes.map((quote) => [quote.id, quote]));
		const bySection = groupQuotes(article.quotes);
		let misplaced = 0;
		misplaced += renderText(elements.title, article.title, bySection.get('title') || []);
		elements.dek.hidden = !article.dek;
		misplaced += renderText(elements.dek, article.dek || '', bySection.get('dek') || []);
		bySection.delete('title');
		bySection.delete('dek');
		renderByline(article.metadata || {});
		elements.body.replaceChildren();
		for (const block of article.blocks) {
			const quotes = bySection.get('body-' + block.index) || [];
			if (block.kind === 'embed') {
				const figure = document.createElement('figure');
				figure.className = 'embed';
				const content = document.createElement('blockquote');
				content.className = 'embed-text';
				misplaced += renderText(content, block.text, quotes);
				const caption = document.createElement('figcaption');
				caption.textContent = 'Embedded post';
				figure.append(caption, content);
				elements.body.append(figure);
			}
			else if (block.kind === 'heading') {
				const heading = document.createElement('h2');
				heading.className = 'body-heading';
				misplaced += renderText(heading, block.text, quotes);
				elements.body.append(heading);
			}
			else {
				const paragraph = document.createElement('p');
				misplaced += renderText(paragraph, block.text, quotes);
				elements.body.append(paragraph);
			}
			bySection.delete('body-' + block.index);
		}
		for (const orphans of bySection.values()) {
			misplaced += orphans.length;
		}
		return misplaced;
	}

	/** Author, date and a link to the original (a new tab, no opener, no referrer), when known. */
	function renderByline(metadata) {
		elements.byline.replaceChildren();
		const parts = [];
		if (metadata.author) {
			const author = document.createElement('span');
			author.className = 'byline-author';
			author.textContent = 'By ' + metadata.author;
			parts.push(author);
		}
		if (metadata.published) {
			const time = document.createElement('time');
			time.className = 'byline-date';
			time.dateTime = metadata.published;
			time.textContent = metadata.published.substring(0, 10);
			parts.push(time);
		}
		if (metadata.source && /^https?:\/\//i.test(metadata.source)) {
			const link = document.createElement('a');
			link.className = 'byline-source';
			link.href = metadata.source;
			link.target = '_blank';
			link.rel = 'noopener noreferrer';
			link.textContent = metadata.siteName ? 'Original on ' + metadata.siteName : 'Original article';
			parts.push(link);
		}
		else if (metadata.siteName) {
			const site = document.createElement('span');
			site.textContent = metadata.siteName;
			parts.push(site);
		}
		parts.forEach((part, i) => {
			if (i > 0) {
				elements.byline.append(' · ');
			}
			elements.byline.append(part);
		});
		elements.byline.hidden = parts.length === 0;
	}

	function groupQuotes(quotes) {
		const groups = new Map();
		for (const quote of quotes) {
			const key = quote.section === 'body' ? 'body-' + quote.block : quote.section;
			if (!groups.has(key)) {
				groups.set(key, []);
			}
			groups.get(key).push(quote);
		}
		return groups;
	}

	/**
	 * Fills an element with text in which each quotation's range is a highlight; a nested
	 * quotation's highlight is rendered inside its parent's.
	 */
	function renderText(element, text, quotes) {
		element.replaceChildren();
		const placeable = quotes.filter((q) => q.start >= 0 && q.end <= text.length && q.start < q.end);
		const roots = nest(placeable);
		appendRange(element, text, 0, text.length, roots);
		return quotes.length - placeable.length;
	}

	/** Orders quotations into a forest by containment: parents before the quotations inside them. */
	function nest(quotes) {
		const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
		const roots = [];
		const open = [];
		for (const quote of sorted) {
			const node = { quote, children: [] };
			while (open.length > 0 && open[open.length - 1].quote.end <= quote.start) {
				open.pop();
			}
			if (open.length > 0 && quote.end <= open[open.length - 1].quote.end) {
				open[open.length - 1].children.push(node);
			}
			else {
				// Overlapping without nesting should not happen; keep it as a sibling.
				open.length = 0;
				roots.push(node);
			}
			open.push(node);
		}
		return roots;
	}

	function appendRange(parent, text, from, to, nodes) {
		let cursor = from;
		for (const node of nodes) {
			const start = Math.max(node.quote.start, cursor);
			const end = Math.min(node.quote.end, to);
			if (start > cursor) {
				parent.append(text.substring(cursor, start));
			}
			const mark = highlight(node.quote);
			appendRange(mark, text, start, Math.max(start, end), node.children);
			parent.append(mark);
			cursor = Math.max(cursor, end);
		}
		if (to > cursor) {
			parent.append(text.substring(cursor, to));
		}
	}

	function highlight(quote) {
		const mark = document.createElement('mark');
		const speakerId = quote.speaker ? quote.speaker.id : UNATTRIBUTED;
		mark.className = 'quote ' + colourClass(speakerId);
		mark.dataset.quoteId = quote.id;
		mark.dataset.speakerId = speakerId;
		mark.tabIndex = 0;
		mark.title = quote.speaker ? quote.speaker.name : 'Speaker unknown';
		mark.addEventListener('focus', (event) => {
			event.stopPropagation();
			state.focusedMark = mark;
			showDetails(quote);
		});
		mark.addEventListener('click', (event) => {
			event.stopPropagation();
			mark.focus();
			showDetails(quote);
		});
		return mark;
	}

	function renderLegend(article) {
		elements.legend.replaceChildren();
		for (const speaker of article.speakers) {
			elements.legend.append(legendItem(speaker.id, speaker.name, speaker.quoteCount, speaker.description));
		}
		const unattributed = article.quotes.filter((quote) => !quote.speaker).length;
		if (unattributed > 0) {
			elements.legend.append(legendItem(UNATTRIBUTED, 'Speaker unknown', unattributed, null));
		}
	}

	function legendItem(speakerId, name, count, description) {
		const item = document.createElement('li');
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'legend-button';
		button.dataset.speakerId = speakerId;
		button.setAttribute('aria-pressed', 'false');
		const swatch = document.createElement('span');
		swatch.className = 'swatch ' + colourClass(speakerId);
		swatch.setAttribute('aria-hidden', 'true');
		const label = document.createElement('span');
		label.className = 'legend-name';
		label.textContent = name;
		const quoteCount = document.createElement('span');
		quoteCount.className = 'legend-count';
		quoteCount.textContent = count + (count === 1 ? ' quote' : ' quotes');
		button.append(swatch, label, quoteCount);
		if (description) {
			button.title = description;
		}
		button.addEventListener('click', () => filterBySpeaker(state.speakerFilter === speakerId ? null : speakerId));
		item.append(button);
		return item;
	}

	function filterBySpeaker(speakerId) {
		state.speakerFilter = speakerId;
		for (const button of elements.legend.querySelectorAll('.legend-button')) {
			button.setAttribute('aria-pressed', String(button.dataset.speakerId === speakerId));
		}
		elements.showAll.hidden = speakerId === null;
		applyFilters();
	}

	async function search(text) {
		const request = ++state.searchRequest;
		const words = text.trim();
		if (words === '' || !state.article) {
			state.searchMatches = null;
			elements.searchResult.textContent = '';
			elements.searchResult.setAttribute('aria-busy', 'false');
			applyFilters();
			return;
		}
		elements.searchResult.setAttribute('aria-busy', 'true');
		try {
			const path = articlePath(state.article.slug) + '/quotes?q=' + encodeURIComponent(words);
			const quotes = await getAll(path);
			if (request !== state.searchRequest) {
				return;
			}
			state.searchMatches = new Set(quotes.map((quote) => quote.id));
			elements.searchResult.textContent = quotes.length + (quotes.length === 1 ? ' quote contains '
					: ' quotes contain ') + '“' + words + '”.';
		}
		catch (error) {
			if (request !== state.searchRequest) {
				return;
			}
			state.searchMatches = null;
			elements.searchResult.textContent = 'The search failed: ' + error.message;
		}
		applyFilters();
		elements.searchResult.setAttribute('aria-busy', 'false');
	}

	/** Dims the highlights that the speaker filter or the search leaves out. */
	function applyFilters() {
		let shown = 0;
		for (const mark of elements.article.querySelectorAll('mark.quote')) {
			const bySpeaker = state.speakerFilter === null || mark.dataset.speakerId === state.speakerFilter;
			const bySearch = state.searchMatches === null || state.searchMatches.has(mark.dataset.quoteId);
			const visible = bySpeaker && bySearch;
			mark.classList.toggle('is-dimmed', !visible);
			if (visible) {
				shown++;
			}
		}
		elements.article.dataset.shownQuotes = String(shown);
	}

	/** Closes the details and gives the focus back to the quote they were about. */
	function closeDetails() {
		if (state.focusedMark && state.focusedMark.isConnected) {
			state.focusedMark.focus({ preventScroll: true });
		}
		showDetails(null);
	}

	function showDetails(quote) {
		elements.detailsEmpty.hidden = quote !== null;
		elements.detailsContent.hidden = quote === null;
		elements.details.classList.toggle('is-open', quote !== null);
		if (quote === null) {
			return;
		}
		elements.detailsText.textContent = quote.text;
		elements.detailsSpeaker.textContent = quote.speaker ? quote.speaker.name : 'Unknown';
		elements.detailsKind.textContent = quote.kind;
		elements.detailsSource.textContent = quote.attribution.source ? quote.attribution.source.text : 'None';
		elements.detailsCue.textContent = quote.attribution.cue ? quote.attribution.cue.text : 'None';
		elements.detailsRule.textContent = quote.attribution.rule;
		elements.detailsLink.href = articlePath(quote.article) + '/quotes/' + encodeURIComponent(quote.id);
	}

	function debounce(action, millis) {
		let timer = null;
		return () => {
			clearTimeout(timer);
			timer = setTimeout(action, millis);
		};
	}

	start();
})();
