import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { damagedFile } from './errors';

/** Attribute with its namespace resolved from the `xmlns` declarations in scope. */
export interface XmlAttribute {
  namespace: string;
  localName: string;
  value: string;
}

/** Element with its namespace resolved, so callers match on (namespace, local name) and not on prefixes. */
export interface XmlElement {
  namespace: string;
  localName: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
}

/** Element or text, with character and entity references already decoded. */
export type XmlNode = XmlElement | string;

type ParsedNode = Record<string, unknown>;

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const CDATA_KEY = '#cdata';
const TEXT_KEY = '#text';
const ATTRIBUTES_KEY = ':@';

// Entities stay encoded in the parser's output (`processEntities: false`) and are decoded below in
// one pass, so `&amp;#233;` stays the literal text `&#233;`.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: CDATA_KEY,
});

// Real Office parts nest a few dozen levels deep. The bound keeps the recursive conversion and
// traversal below far from the stack limit on hostile input.
const MAX_ELEMENT_DEPTH = 1000;

const PREDEFINED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) {
    return text;
  }
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (reference, name: string) => {
    if (!name.startsWith('#')) {
      return PREDEFINED_ENTITIES[name];
    }
    const codePoint = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    const isValid = codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    return isValid ? String.fromCodePoint(codePoint) : reference;
  });
}

function splitName(qualifiedName: string): { prefix: string; localName: string } {
  const colon = qualifiedName.indexOf(':');
  if (colon < 0) {
    return { prefix: '', localName: qualifiedName };
  }
  return { prefix: qualifiedName.slice(0, colon), localName: qualifiedName.slice(colon + 1) };
}

function textOfCdata(value: unknown): string {
  if (!Array.isArray(value)) {
    return '';
  }
  return value.map((node: ParsedNode) => (typeof node[TEXT_KEY] === 'string' ? node[TEXT_KEY] : '')).join('');
}

function convertElement(
  qualifiedName: string,
  node: ParsedNode,
  parentScope: Map<string, string>,
  depth: number,
): XmlElement {
  if (depth > MAX_ELEMENT_DEPTH) {
    throw damagedFile(`XML elements are nested more than ${MAX_ELEMENT_DEPTH} levels deep.`);
  }
  const rawAttributes = (node[ATTRIBUTES_KEY] ?? {}) as Record<string, string>;

  let scope = parentScope;
  for (const [name, value] of Object.entries(rawAttributes)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parentScope) {
        scope = new Map(parentScope);
      }
      scope.set(name === 'xmlns' ? '' : name.slice(6), decodeEntities(String(value)));
    }
  }

  const attributes: XmlAttribute[] = [];
  for (const [name, value] of Object.entries(rawAttributes)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      continue;
    }
    const { prefix, localName } = splitName(name);
    // Unprefixed attributes have no namespace, unlike unprefixed elements.
    const namespace = prefix === '' ? '' : (scope.get(prefix) ?? '');
    attributes.push({ namespace, localName, value: decodeEntities(String(value)) });
  }

  const { prefix, localName } = splitName(qualifiedName);
  const element: XmlElement = { namespace: scope.get(prefix) ?? '', localName, attributes, children: [] };

  const rawChildren = node[qualifiedName];
  if (Array.isArray(rawChildren)) {
    for (const child of rawChildren as ParsedNode[]) {
      const converted = convertNode(child, scope, depth + 1);
      if (converted !== null) {
        element.children.push(converted);
      }
    }
  }
  return element;
}

function convertNode(node: ParsedNode, scope: Map<string, string>, depth: number): XmlNode | null {
  if (TEXT_KEY in node) {
    return decodeEntities(String(node[TEXT_KEY]));
  }
  if (CDATA_KEY in node) {
    return textOfCdata(node[CDATA_KEY]);
  }
  const name = Object.keys(node).find((key) => key !== ATTRIBUTES_KEY);
  return name === undefined ? null : convertElement(name, node, scope, depth);
}

/**
 * Parses one XML part of an Office file and returns its root element. Throws `file_damaged` for XML
 * that is not well-formed and for any document type declaration: OOXML and ODF never use one, and
 * refusing it rules out entity expansion and external entities.
 */
export function parseXml(xml: string, partName: string): XmlElement {
  if (/<!DOCTYPE/i.test(xml)) {
    throw damagedFile(`The XML part ${partName} contains a document type declaration, which Office files never have.`);
  }
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    throw damagedFile(`The XML part ${partName} is not well-formed: ${validation.err.msg}`);
  }

  const scope = new Map<string, string>([['xml', XML_NAMESPACE]]);
  let nodes: ParsedNode[];
  try {
    nodes = parser.parse(xml) as ParsedNode[];
  } catch (error) {
    throw damagedFile(`The XML part ${partName} could not be parsed: ${(error as Error).message}`);
  }
  for (const node of nodes) {
    const converted = convertNode(node, scope, 0);
    if (converted !== null && typeof converted !== 'string') {
      return converted;
    }
  }
  throw damagedFile(`The XML part ${partName} has no root element.`);
}

export function isElement(node: XmlNode, namespaces: readonly string[], localName: string): boolean {
  return typeof node !== 'string' && node.localName === localName && namespaces.includes(node.namespace);
}

export function getAttribute(element: XmlElement, namespaces: readonly string[], localName: string): string | null {
  const attribute = element.attributes.find(
    (candidate) => candidate.localName === localName && namespaces.includes(candidate.namespace),
  );
  return attribute?.value ?? null;
}

export function childElements(element: XmlElement, namespaces: readonly string[], localName: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && isElement(child, namespaces, localName),
  );
}

export function firstChild(element: XmlElement, namespaces: readonly string[], localName: string): XmlElement | null {
  return childElements(element, namespaces, localName)[0] ?? null;
}

/** Concatenates all text inside the element, without separators. */
export function textContent(element: XmlElement): string {
  let text = '';
  for (const child of element.children) {
    text += typeof child === 'string' ? child : textContent(child);
  }
  return text;
}

/** Visits the descendants of `root` depth first in document order. `visit` returns false to skip an element's children. */
export function walkElements(root: XmlElement, visit: (element: XmlElement) => boolean): void {
  for (const child of root.children) {
    if (typeof child !== 'string' && visit(child)) {
      walkElements(child, visit);
    }
  }
}
