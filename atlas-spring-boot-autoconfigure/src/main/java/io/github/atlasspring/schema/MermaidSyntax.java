package io.github.atlasspring.schema;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes names and types as tokens that Mermaid's {@code erDiagram} grammar accepts
 * (mermaid 11, {@code erDiagram.jison}), keeping them readable: a character the grammar
 * does not accept is written as a look-alike it does accept, from U+00C0 on, so that
 * {@code timestamp(6) with time zone} and {@code numeric(12,2)} read as they are. A space
 * becomes U+2005 FOUR-PER-EM SPACE, and {@code , ' " . : / < > \ # | ~ `} become
 * {@code ‚ ’ ” ․ ∶ ∕ ‹ › ∖ ♯ ∣ ∼ ‘} (General Punctuation and mathematical signs, which
 * common fonts have); any other ASCII punctuation becomes its full-width form ({@code $}
 * as {@code ＄}), and a control character {@code _}.
 * <ul>
 * <li>An entity name is written bare when it is a plain identifier that is no keyword of
 * the grammar, else quoted: a quoted name may hold anything but {@code "}, {@code %},
 * {@code \}, line breaks and control characters; {@code #}, {@code <} and {@code >} are
 * replaced too, as Mermaid reads them as entities and markup.</li>
 * <li>An attribute's type and name are words: letters, digits, {@code -}, {@code _},
 * {@code [}, {@code ]}, {@code (}, {@code )}, {@code *} and characters from U+00C0 on,
 * not starting with a digit or punctuation, and not read as the keys {@code PK},
 * {@code FK}, {@code UK}.</li>
 * </ul>
 */
final class MermaidSyntax {

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/**
	 * Words the grammar reads as keywords outside an entity's block, in any case.
	 */
	private static final Set<String> KEYWORDS = Set.of("erdiagram", "one", "many", "only", "zero", "to", "optionally",
			"u", "style", "class", "classdef", "direction", "acctitle", "accdescr", "title");

	private static final Pattern KEY_PREFIX = Pattern.compile("(?i)(pk|fk|uk)([^A-Za-z0-9_].*)?");

	private MermaidSyntax() {
	}

	/**
	 * Return an entity name, or a relationship's label, as a token.
	 * @param name the name
	 * @return the name, bare or quoted
	 */
	static String entityName(String name) {
		if (PLAIN_NAME.matcher(name).matches() && !KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
			return name;
		}
		return quoted(name);
	}

	/**
	 * Return text as a quoted string of the grammar.
	 * @param text the text
	 * @return the quoted text
	 */
	static String quoted(String text) {
		StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				quoted.append('_');
			}
			else if (c == '"' || c == '%' || c == '\\' || c == '#' || c == '<' || c == '>') {
				quoted.append(lookAlike(c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	/**
	 * Return an attribute's type or name as a word.
	 * @param text the type or name
	 * @return the word
	 */
	static String word(String text) {
		if (text.isEmpty()) {
			return "_";
		}
		StringBuilder word = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			word.append(isWordChar(c, i == 0) ? c : replacement(c));
		}
		if (KEY_PREFIX.matcher(text).matches()) {
			word.setCharAt(0, lookAlike(word.charAt(0)));
		}
		return word.toString();
	}

	private static boolean isWordChar(char c, boolean first) {
		boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '*' || c >= 0xC0;
		if (first) {
			return letter;
		}
		return letter || (c >= '0' && c <= '9') || c == '-' || c == '[' || c == ']' || c == '(' || c == ')';
	}

	private static char replacement(char c) {
		return (c >= 0x20 && c < 0x7f) ? lookAlike(c) : '_';
	}

	private static char lookAlike(char c) {
		return switch (c) {
			case ' ' -> '\u2005';
			case ',' -> '\u201A';
			case '\'' -> '\u2019';
			case '"' -> '\u201D';
			case '.' -> '\u2024';
			case ':' -> '\u2236';
			case '/' -> '\u2215';
			case '<' -> '\u2039';
			case '>' -> '\u203A';
			case '\\' -> '\u2216';
			case '#' -> '\u266F';
			case '|' -> '\u2223';
			case '~' -> '\u223C';
			case '`' -> '\u2018';
			default -> (char) (c - 0x21 + 0xFF01);
		};
	}

}
