"""Where a page's glyphs are drawn: the words, numbers and marks of an element, each with its
visual position (`Range.getClientRects`), so that a test reads the order a person sees rather
than the order of the characters in the DOM."""

from __future__ import annotations

from typing import Any

# Each token (a word, a number, "..", "?" or "~") of the element's text, with the x of its centre
# and the tops of the lines it is drawn on, in the order of the characters.
TOKENS_JS = """element => {
  const found = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/[\\p{L}\\p{N}]+|\\.\\.|[?~]/gu)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter(r => r.width > 0);
      if (!rects.length) { continue; }
      const left = Math.min(...rects.map(r => r.left));
      const right = Math.max(...rects.map(r => r.right));
      found.push({ text: match[0], x: (left + right) / 2,
                   tops: [...new Set(rects.map(r => Math.round(r.top)))] });
    }
  }
  return found;
}"""

# The tops of the lines an element is drawn on (one entry per line it spans).
LINES_JS = """element => [...new Set([...element.getClientRects()]
  .filter(r => r.width > 0).map(r => Math.round(r.top)))]"""


def tokens(locator: Any) -> list[dict[str, Any]]:
    """Return the tokens of the element, in character order, with where they are drawn."""
    found: list[dict[str, Any]] = locator.evaluate(TOKENS_JS)
    return found


def visual_order(found: list[dict[str, Any]], direction: str) -> list[str]:
    """Return the tokens as a reader in `direction` ("ltr" or "rtl") meets them on the line."""
    ordered = sorted(found, key=lambda t: t["x"], reverse=direction == "rtl")
    return [t["text"] for t in ordered]


def reads_in_order(locator: Any, direction: str) -> tuple[list[str], list[str]]:
    """Return (the tokens in character order, the tokens as a reader in `direction` sees them)."""
    found = tokens(locator)
    return [t["text"] for t in found], visual_order(found, direction)


def lines(locator: Any) -> list[int]:
    """Return the tops of the lines the element is drawn on."""
    found: list[int] = locator.evaluate(LINES_JS)
    return found
