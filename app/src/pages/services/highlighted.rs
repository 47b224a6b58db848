//! Text with the words that matched a search marked.

use leptos::prelude::*;

/// `text`, with the byte `ranges` wrapped in `<mark>`. Ranges that do not fall on character
/// boundaries are ignored rather than trusted.
#[component]
pub fn Highlighted(
    /// The whole text.
    text: String,
    /// Byte ranges to mark, in order.
    #[prop(optional)]
    ranges: Vec<(usize, usize)>,
) -> impl IntoView {
    let mut parts = Vec::new();
    let mut at = 0;
    for (start, end) in ranges {
        if start < at
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        if start > at {
            parts.push(text[at..start].to_string().into_any());
        }
        parts.push(
            view! { <mark class="app-mark">{text[start..end].to_string()}</mark> }.into_any(),
        );
        at = end;
    }
    if at < text.len() {
        parts.push(text[at..].to_string().into_any());
    }
    parts
}
