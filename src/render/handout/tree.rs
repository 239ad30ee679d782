//! Markdown events → a small tree, the shape the handout content is built from.

use crate::content::markdown::is_inline_tag;
use crate::render::prepare::{self, Selected};
use pulldown_cmark::{Event, Tag};
use std::ops::Range;

/// A node: a tag with children, or a leaf event.
#[derive(Debug, Clone)]
pub enum Node<'a> {
    /// A container (`Start` … `End`).
    Tag(Tag<'a>, Vec<Node<'a>>, Range<usize>),
    /// Any other event.
    Leaf(Event<'a>, Range<usize>),
}

impl Node<'_> {
    /// The node's byte range in the parsed text.
    pub fn range(&self) -> &Range<usize> {
        match self {
            Node::Tag(_, _, r) | Node::Leaf(_, r) => r,
        }
    }
}

/// Parses `text` and drops the audience passages that are not for `audience`.
pub fn parse<'a>(text: &'a str, audience: &str) -> Vec<Node<'a>> {
    let mut stack: Vec<(Tag<'a>, Vec<Node<'a>>, Range<usize>)> = Vec::new();
    let mut top: Vec<Node<'a>> = Vec::new();
    for Selected { event, range, .. } in prepare::select(text, audience) {
        match event {
            Event::Start(tag) => stack.push((tag, Vec::new(), range)),
            Event::End(_) => {
                if let Some((tag, children, range)) = stack.pop() {
                    let node = Node::Tag(tag, children, range);
                    match stack.last_mut() {
                        Some(parent) => parent.1.push(node),
                        None => top.push(node),
                    }
                }
            }
            other => {
                let node = Node::Leaf(other, range);
                match stack.last_mut() {
                    Some(parent) => parent.1.push(node),
                    None => top.push(node),
                }
            }
        }
    }
    top
}

/// Whether a node is inline content.
pub fn is_inline(node: &Node) -> bool {
    match node {
        Node::Leaf(e, _) => prepare::is_inline(e),
        Node::Tag(t, _, _) => is_inline_tag(t),
    }
}
