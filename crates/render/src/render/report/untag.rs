//! Drops the introspection tags from typeset pages, keeping the frames that pages share
//! shared (see [`Untag`]).

use typst::layout::{Frame, FrameItem};

/// Drops the introspection tags from finished pages: each holds the element it came from
/// (the whole realized content), which a printed form without links or an outline does not
/// need, and which would otherwise keep every part's content alive until the PDF is written.
///
/// A frame that typst served from its cache (a form's table, the same for every teacher) is
/// one allocation shared by every page that placed it. It is untagged once and every page
/// gets the same untagged frame: copying it per page cost time, and the PDF export writes a
/// frame found on many pages once (`vendor/typst-pdf`, `repeat`).
#[derive(Default)]
pub(super) struct Untag {
    /// By the address of a frame's items: the frame as typeset (held, so that the address
    /// is not reused while it is a key) and untagged.
    done: std::sync::Mutex<std::collections::HashMap<usize, (Frame, Frame)>>,
}

impl Untag {
    /// Untags a page's frame (never shared) and, through `frame`, the frames in it.
    pub(super) fn page(&self, frame: &mut Frame) {
        frame.retain(|item| self.item(item));
    }

    fn item(&self, item: &mut FrameItem) -> bool {
        match item {
            FrameItem::Tag(_) => false,
            FrameItem::Group(group) => {
                self.frame(&mut group.frame);
                true
            }
            _ => true,
        }
    }

    fn frame(&self, frame: &mut Frame) {
        if frame.items().len() == 0 {
            return;
        }
        let key = frame.items().as_slice().as_ptr() as usize;
        if let Some((_, untagged)) = self.done().get(&key) {
            *frame = untagged.clone();
            return;
        }
        let typeset = frame.clone();
        frame.retain(|item| self.item(item));
        self.done().insert(key, (typeset, frame.clone()));
    }

    /// Forgets the frames untagged so far (and lets go of them as typeset): a long part's
    /// pieces share no frames worth keeping, and holding every piece's would grow with it.
    pub(super) fn clear(&self) {
        self.done().clear();
    }

    fn done(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<usize, (Frame, Frame)>> {
        self.done.lock().unwrap_or_else(|e| e.into_inner())
    }
}
