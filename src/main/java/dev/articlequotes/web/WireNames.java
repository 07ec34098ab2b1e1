package dev.articlequotes.web;

import java.util.Locale;

/**
 * Names enum constants on the wire: lower case with hyphens ({@code DESCRIBED_PERSON} is
 * {@code described-person}).
 */
final class WireNames {

	private WireNames() {
	}

	static String of(Enum<?> value) {
		return (value != null) ? value.name().toLowerCase(Locale.ROOT).replace('_', '-') : null;
	}

}
