//! pkguru patch: a laid-out frame drawn more than once in a document is written once, as a
//! form XObject (krilla's `Graphic`), and each page draws it with `Do`.
//!
//! A frame laid out once and placed on many pages (a form's table, the same for every teacher
//! of a district) is found by its hash: typst caches a frame's hash with its items, and a
//! layout served from typst's cache shares those items, so hashing costs little. Keying on the
//! content, not on the allocation, keeps the output the same whichever thread laid out what.
//! Drawing the frame once saves converting and compressing the same glyphs page after page.
//! Only frames a form XObject draws exactly as the page would are eligible: solid paints, no
//! links, no introspection tags (a tagged PDF needs them in the page's own content).

use krilla::graphic::Graphic;
use krilla::surface::Surface;
use rustc_hash::{FxHashMap, FxHashSet};
use typst_layout::PagedDocument;
use typst_library::diag::SourceResult;
use typst_library::layout::{Abs, Frame, FrameItem, GroupItem, Sides};
use typst_library::visualize::Paint;

use crate::convert::{FrameContext, GlobalContext, handle_frame};
use crate::util::{AbsExt, TransformExt};

/// Frames smaller than this (items, counted through nested groups) are drawn in place: an
/// XObject costs an object, a resource entry and a `Do`.
const MIN_ITEMS: usize = 8;

/// The repeated frames of a document and their XObjects, once drawn.
#[derive(Default)]
pub(crate) struct Repeats {
    /// Frames (by their hash) placed more than once.
    repeated: FxHashSet<u128>,
    /// A repeated frame's XObject, or `None` when it is drawn in place.
    drawn: FxHashMap<u128, Option<Graphic>>,
}

fn key(frame: &Frame) -> u128 {
    typst_utils::hash128(frame)
}

impl Repeats {
    /// The frames of `document` placed more than once. A frame inside a repeated frame is
    /// counted once: its outer frame becomes the XObject.
    pub(crate) fn of(document: &PagedDocument) -> Repeats {
        fn walk(frame: &Frame, seen: &mut FxHashMap<u128, u32>) {
            for (_, item) in frame.items() {
                if let FrameItem::Group(group) = item
                    && group.frame.items().len() > 0
                {
                    let n = seen.entry(key(&group.frame)).or_insert(0);
                    *n += 1;
                    if *n == 1 {
                        walk(&group.frame, seen);
                    }
                }
            }
        }
        let mut seen = FxHashMap::default();
        for page in document.pages() {
            walk(&page.frame, &mut seen);
        }
        let repeated = seen.into_iter().filter(|&(_, n)| n > 1).map(|(k, _)| k).collect();
        Repeats { repeated, drawn: FxHashMap::default() }
    }
}

/// Items in `frame` (through nested groups), or `None` when a form XObject could not draw it
/// as the page does.
fn eligible(frame: &Frame) -> Option<usize> {
    let solid = |paint: &Paint| matches!(paint, Paint::Solid(_));
    let mut items = 0;
    for (_, item) in frame.items() {
        items += match item {
            FrameItem::Group(group) => eligible(&group.frame)?,
            FrameItem::Text(text) => {
                let stroke = text.stroke.as_ref().is_none_or(|s| solid(&s.paint));
                (solid(&text.fill) && stroke).then_some(1)?
            }
            FrameItem::Shape(shape, _) => {
                let fill = shape.fill.as_ref().is_none_or(solid);
                let stroke = shape.stroke.as_ref().is_none_or(|s| solid(&s.paint));
                (fill && stroke).then_some(1)?
            }
            FrameItem::Image(..) => 1,
            FrameItem::Link(..) | FrameItem::Tag(_) => return None,
        };
    }
    Some(items)
}

/// How far the bounding box of an XObject reaches past its frame, in pt.
const PAD: f32 = 4.0;

/// An XObject clips what it draws to its bounding box, which krilla takes from the drawing: a
/// line on the frame's edge would lose the outer part of its antialiasing. An invisible
/// rectangle a little larger than the frame widens the box.
fn widen(surface: &mut Surface, frame: &Frame) {
    use krilla::geom::{PathBuilder, Rect};
    let (w, h) = (frame.width().to_f32(), frame.height().to_f32());
    let Some(rect) = Rect::from_xywh(-PAD, -PAD, w + 2.0 * PAD, h + 2.0 * PAD) else { return };
    let mut path = PathBuilder::new();
    path.push_rect(rect);
    let Some(path) = path.finish() else { return };
    surface.set_fill(Some(krilla::paint::Fill {
        opacity: krilla::num::NormalizedF32::ZERO,
        ..Default::default()
    }));
    surface.set_stroke(None);
    surface.draw_path(&path);
}

/// Draws `group` (its transform already applied to `fc`) as an XObject if it is a repeated,
/// eligible frame; `false` when the caller must draw it in place.
pub(crate) fn draw(
    fc: &mut FrameContext,
    group: &GroupItem,
    surface: &mut Surface,
    gc: &mut GlobalContext,
) -> SourceResult<bool> {
    if group.clip.is_some() || gc.options.tagged {
        return Ok(false);
    }
    let k = key(&group.frame);
    if !gc.repeats.repeated.contains(&k) {
        return Ok(false);
    }
    let graphic = match gc.repeats.drawn.get(&k) {
        Some(drawn) => drawn.clone(),
        None => {
            let graphic = if eligible(&group.frame).is_some_and(|n| n >= MIN_ITEMS) {
                let mut builder = surface.stream_builder();
                let mut inner = builder.surface();
                widen(&mut inner, &group.frame);
                let mut local = FrameContext::new(fc.page_idx, group.frame.size());
                handle_frame(&mut local, &group.frame, Sides::splat(Abs::zero()), None, &mut inner, gc)?;
                inner.finish();
                Some(Graphic::new(builder.finish(), false))
            } else {
                None
            };
            gc.repeats.drawn.insert(k, graphic.clone());
            graphic
        }
    };
    let Some(graphic) = graphic else { return Ok(false) };
    surface.push_transform(&fc.state().transform().to_krilla());
    surface.draw_graphic(graphic);
    surface.pop();
    Ok(true)
}
