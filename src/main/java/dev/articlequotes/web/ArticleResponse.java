package dev.articlequotes.web;

import java.util.List;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleMetadata;
import dev.articlequotes.article.Block;
import dev.articlequotes.catalog.CatalogArticle;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A whole article: its text in blocks, its speakers and its quotations.
 *
 * @param slug the article's identifier
 * @param title the headline
 * @param dek the standfirst, absent when the article has none
 * @param metadata what the file says about the article
 * @param blocks the body in reading order
 * @param speakers the people and organisations quoted, most quoted first
 * @param quotes the quotations in reading order
 */
@Schema(name = "Article")
record ArticleResponse(String slug, String title, String dek, MetadataResponse metadata, List<BlockResponse> blocks,
		List<SpeakerResponse> speakers, List<QuoteResponse> quotes) {

	static ArticleResponse from(CatalogArticle article) {
		Article read = article.article();
		return new ArticleResponse(article.slug(), read.title(), read.dek(), MetadataResponse.from(read.metadata()),
				read.blocks().stream().map(BlockResponse::from).toList(),
				article.speakers().stream().map(SpeakerResponse::from).toList(),
				article.quotes().stream().map((quote) -> QuoteResponse.from(article, quote)).toList());
	}

	/**
	 * What the article file says about the article.
	 *
	 * @param file the file the article was read from
	 * @param author the author's name, when the file gives one
	 * @param published when it was published: as a Markdown file gives it, ISO-8601 in
	 * the page's own offset for a web page
	 * @param source where it comes from, as the file gives it; a web page's canonical URL
	 * @param siteName the publication, when a web page names it
	 * @param language the article's language (BCP 47), when a web page gives it
	 */
	@Schema(name = "ArticleMetadata")
	record MetadataResponse(String file, String author, String published, String source, String siteName,
			String language) {

		static MetadataResponse from(ArticleMetadata metadata) {
			return new MetadataResponse(metadata.file(), metadata.author(), metadata.published(), metadata.source(),
					metadata.siteName(), metadata.language());
		}

	}

	/**
	 * A block of the body.
	 *
	 * @param index the block's position, from 0; quotations refer to it
	 * @param kind {@code paragraph} for body text, {@code heading} for a heading inside
	 * the body, {@code embed} for an embedded post or video
	 * @param text the block's text; an embed's lines are separated by line breaks
	 */
	@Schema(name = "Block")
	record BlockResponse(int index, @Schema(allowableValues = {
			"paragraph", "heading", "embed" }) String kind, String text){

		static BlockResponse from(Block block) {
			return new BlockResponse(block.index(), WireNames.of(block.kind()), block.text());
		}

	}

}
