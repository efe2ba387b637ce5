// XML text for the GraphML and GEXF writers: escaping, characters XML 1.0 cannot carry, and
// GraphML's NMTOKEN ids.

// Everything outside XML 1.0's Char production (controls, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

export const xmlText = (s: string): string => s.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>]/g, (c) => ESCAPES[c]!);

/** Attribute values keep their line breaks and tabs as character references (not normalized to spaces). */
export const xmlAttr = (s: string): string => s.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>"\n\r\t]/g, (c) => ESCAPES[c]!);

// XML 1.0 NameChar without '_', which is kept as the escape character so the encoding is one-to-one.
const NAME_CHAR = /[-.0-9:A-Za-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]/u;

/**
 * GraphML node ids are xs:NMTOKEN: a character that is not an XML name character (an ASCII
 * bracket in a policy title, a space) becomes _HEX_. The node's own `id` is kept as data.
 */
export function nmtoken(id: string): string {
  let out = '';
  for (const ch of id) out += NAME_CHAR.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16).toUpperCase()}_`;
  return out || '_';
}

/** xsd:token (GEXF labels): no line breaks, tabs or runs of spaces. */
export const xmlToken = (s: string): string => s.replace(/\s+/g, ' ').trim();
