package dev.articlequotes.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleFormatException;
import dev.articlequotes.article.ArticleReader;
import dev.articlequotes.article.HtmlArticleReader;
import dev.articlequotes.extraction.QuoteExtractor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Builds the {@link Catalog}: resolves the configured location to article files, reads
 * each, extracts its quotations and indexes the result. A file that cannot be read fails
 * the whole load, or is skipped with a warning when so configured: never a half-loaded
 * catalog.
 */
final class CatalogLoader {

	private static final Log logger = LogFactory.getLog(CatalogLoader.class);

	/** Largest article file read, in bytes: far above any real article. */
	static final long MAX_FILE_SIZE = 5L * 1024 * 1024;

	/** Longest slug, in characters. */
	static final int MAX_SLUG_LENGTH = 200;

	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9_]+");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".htm");

	private final ResourcePatternResolver resolver;

	private final ArticleReader reader = new ArticleReader();

	private final HtmlArticleReader htmlReader = new HtmlArticleReader();

	private final QuoteExtractor extractor = new QuoteExtractor();

	CatalogLoader(ResourcePatternResolver resolver) {
		this.resolver = resolver;
	}

	/** Loads every article at the location. */
	Catalog load(ArticlesProperties properties) {
		String location = properties.location();
		List<Resource> files = articleFiles(location);
		List<PackedArticle> articles = new ArrayList<>();
		Map<String, String> fileBySlug = new HashMap<>();
		for (Resource file : files) {
			String name = file.getFilename();
			try {
				Optional<PackedArticle> article = load(file);
				if (article.isPresent()) {
					String previous = fileBySlug.putIfAbsent(article.get().slug(), name);
					if (previous != null) {
						throw new ArticleFormatException(name, 0,
								"has the same slug '" + article.get().slug() + "' as " + previous);
					}
					articles.add(article.get());
				}
			}
			catch (ArticleFormatException ex) {
				if (properties.onError() == ArticlesProperties.OnError.FAIL) {
					throw new ArticleLoadException("Cannot load article " + ex.getMessage()
							+ " (set articles.on-error=skip to skip such files)", ex);
				}
				logger.warn("Skipping article " + ex.getMessage());
			}
		}
		if (articles.isEmpty()) {
			throw new ArticleLoadException("No article could be loaded from " + location + ": none of its "
					+ files.size() + " file(s) is a readable article (each skipped one is named in a "
					+ "warning above), and the service does not start without an article");
		}
		return new Catalog(articles);
	}

	private Optional<PackedArticle> load(Resource file) {
		String name = file.getFilename();
		String slug = slugOf(name);
		byte[] content = bytes(file);
		Optional<Article> article = HtmlArticleReader.isHtml(name)
				? Optional.of(this.htmlReader.read(slug, name, content))
				: this.reader.read(slug, name, this.reader.decode(name, content));
		if (article.isEmpty()) {
			logger.info("Ignoring " + name + ": a Markdown file without front matter is not an article");
			return Optional.empty();
		}
		try {
			return Optional.of(new PackedArticle(article.get(), this.extractor.extract(article.get())));
		}
		catch (ArticleFormatException ex) {
			// A quotation that cannot be stored: the message names the file and it
			throw ex;
		}
		catch (RuntimeException ex) {
			// Whatever the pipeline trips on, the start-up names the file rather than
			// failing with a bare stack trace, and on-error=skip can skip it
			throw new ArticleFormatException(name, 0, "could not be processed (" + ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? ": " + ex.getMessage() : "") + ")");
		}
	}

	/**
	 * The slug of a file: its name without the extension, accents dropped, in lower-case
	 * ASCII, each run of other characters than letters, digits and {@code _} made one
	 * {@code -}, without a leading or trailing {@code -}, at most 200 characters. A name
	 * with no such character at all gets {@code article-} and a hash of the name.
	 */
	static String slugOf(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String stem = (dot > 0) ? fileName.substring(0, dot) : fileName;
		String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(stem, Normalizer.Form.NFKD)).replaceAll("");
		String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
		if (slug.length() > MAX_SLUG_LENGTH) {
			slug = slug.substring(0, MAX_SLUG_LENGTH);
		}
		slug = slug.replaceAll("^[-_]+|[-_]+$", "");
		if (slug.isEmpty()) {
			return "article-" + HexFormat.of().toHexDigits(stem.hashCode());
		}
		return slug;
	}

	private static byte[] bytes(Resource file) {
		String name = file.getFilename();
		try (InputStream in = file.getInputStream()) {
			byte[] bytes = in.readNBytes((int) MAX_FILE_SIZE + 1);
			if (bytes.length > MAX_FILE_SIZE) {
				throw new ArticleFormatException(name, 0, "is larger than " + MAX_FILE_SIZE / 1024 / 1024 + " MB");
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new ArticleFormatException(name, 0, "cannot be read (" + ex.getMessage() + ")");
		}
	}

	/**
	 * The article files at a location: the file itself, or a folder's .txt, .md, .html
	 * and .htm files.
	 */
	private List<Resource> articleFiles(String location) {
		Resource resource = this.resolver.getResource(location);
		if (!resource.exists()) {
			throw new ArticleLoadException("articles.location " + location + " does not exist");
		}
		if (!isFolder(location, resource)) {
			if (!isArticleFile(resource)) {
				throw new ArticleLoadException("articles.location " + location
						+ " is not an article file (.txt, .md, .html or .htm) or a folder");
			}
			return List.of(resource);
		}
		String pattern = location.replaceAll("/+$", "") + "/*";
		try {
			List<Resource> files = Arrays.stream(this.resolver.getResources(pattern))
				.filter(CatalogLoader::isArticleFile)
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
			if (files.isEmpty()) {
				throw new ArticleLoadException(
						"articles.location " + location + " holds no .txt, .md, .html or .htm file");
			}
			return files;
		}
		catch (IOException ex) {
			throw new ArticleLoadException("articles.location " + location + " cannot be listed: " + ex.getMessage(),
					ex);
		}
	}

	private static boolean isFolder(String location, Resource resource) {
		if (location.endsWith("/")) {
			return true;
		}
		try {
			return resource.isFile() && resource.getFile().isDirectory();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean isArticleFile(Resource resource) {
		String name = resource.getFilename();
		if (name == null || name.startsWith(".")) {
			return false;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		return EXTENSIONS.stream().anyMatch(lower::endsWith) && !name.startsWith(".");
	}

}
