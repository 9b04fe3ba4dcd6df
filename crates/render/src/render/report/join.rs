//! Joins PDFs into one, writing each one's pages as soon as it is given: a district's report of
//! thousands of teachers is typeset a group at a time, and only the finished group's bytes and
//! one offset per PDF object are held, never every laid-out page. Each group keeps its own
//! page subtree and font subsets; the page order is set at the end, so the school summary,
//! typeset last because it needs every teacher, still comes first.

use std::io::{self, Write};

use hayro_write::hayro_syntax::Pdf;
use hayro_write::{ChunkSettings, ExtractionQuery};
use pdf_writer::{Chunk, Finish, Name, Ref, TextStr};

/// One group's pages as added: its page subtree and how many pages it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    tree: Ref,
    pages: usize,
}

impl Group {
    pub fn pages(&self) -> usize {
        self.pages
    }
}

/// What the joined document says about itself.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub author: Option<String>,
    pub keywords: Vec<String>,
    /// The document's language (`id`, `en`).
    pub lang: Option<String>,
    /// The file identifier (the same for the same document: no clock, no randomness).
    pub ident: String,
}

/// Writes a PDF made of the pages of other PDFs.
pub struct Joiner<W: Write> {
    out: W,
    /// Bytes written so far: where the next object starts.
    at: u64,
    next: i32,
    /// Where each object starts, by object number (0: not written).
    offsets: Vec<u64>,
    /// The root of the page tree; every group's subtree hangs from it.
    root: Ref,
    settings: ChunkSettings,
}

impl<W: Write> Joiner<W> {
    /// Starts the document (its header is written at once), with `mark` as a comment right
    /// after it: a large PDF's information dictionary sits before a cross-reference table of
    /// megabytes, too far from either end for a quick look to find it.
    pub fn new(mut out: W, mark: &str) -> io::Result<Joiner<W>> {
        // The binary marker tells transfer programs the file is not text.
        let mut header = b"%PDF-1.7\n%\x80\x80\x80\x80\n".to_vec();
        if !mark.is_empty() {
            header.extend_from_slice(format!("%{}\n", mark.replace(['\r', '\n'], " ")).as_bytes());
        }
        header.push(b'\n');
        out.write_all(&header)?;
        let mut joiner = Joiner {
            out,
            at: header.len() as u64,
            next: 1,
            offsets: vec![0],
            root: Ref::new(1),
            settings: ChunkSettings { pretty: false },
        };
        joiner.root = joiner.bump();
        Ok(joiner)
    }

    /// Bytes written so far.
    pub fn written(&self) -> u64 {
        self.at
    }

    fn bump(&mut self) -> Ref {
        let r = Ref::new(self.next);
        self.next += 1;
        r
    }

    /// Adds every page of `pdf` (a PDF typst wrote) as a group, written out at once.
    pub fn add(&mut self, pdf: Vec<u8>) -> Result<Group, String> {
        let parsed = Pdf::new(pdf).map_err(|e| format!("PDF: {e:?}"))?;
        let count = parsed.pages().len();
        let queries: Vec<ExtractionQuery> = (0..count).map(ExtractionQuery::new_page).collect();
        let mut next = self.next;
        let extracted = hayro_write::extract(
            &parsed,
            Box::new(|| {
                let r = Ref::new(next);
                next += 1;
                r
            }),
            self.settings,
            |_| {},
            &queries,
        )
        .map_err(|e| format!("PDF: {e:?}"))?;
        self.next = next;
        let kids = extracted
            .root_refs
            .iter()
            .map(|r| r.map_err(|e| format!("PDF: {e:?}")))
            .collect::<Result<Vec<Ref>, String>>()?;
        let tree = extracted.page_tree_parent_ref;
        let mut node = Chunk::with_settings(self.settings);
        node.pages(tree).parent(self.root).kids(kids.iter().copied()).count(count as i32);
        self.write(&extracted.chunk)?;
        self.write(&node)?;
        Ok(Group { tree, pages: count })
    }

    /// Writes the page tree in `order`, the catalog, the document information and the
    /// cross-reference table; returns the writer.
    pub fn finish(mut self, order: &[Group], meta: &Meta) -> Result<W, String> {
        let (catalog, info) = (self.bump(), self.bump());
        let mut chunk = Chunk::with_settings(self.settings);
        let count: usize = order.iter().map(|g| g.pages).sum();
        chunk.pages(self.root).kids(order.iter().map(|g| g.tree)).count(count as i32);
        let mut cat = chunk.indirect(catalog).dict();
        cat.pair(Name(b"Type"), Name(b"Catalog"));
        cat.pair(Name(b"Pages"), self.root);
        if let Some(lang) = &meta.lang {
            cat.pair(Name(b"Lang"), TextStr(lang));
        }
        cat.finish();
        let mut doc = chunk.indirect(info).start::<pdf_writer::writers::DocumentInfo>();
        if let Some(title) = &meta.title {
            doc.title(TextStr(title));
        }
        if let Some(author) = &meta.author {
            doc.author(TextStr(author));
        }
        if !meta.keywords.is_empty() {
            doc.keywords(TextStr(&meta.keywords.join(", ")));
        }
        doc.creator(TextStr("pkguru"));
        doc.finish();
        self.write(&chunk)?;

        self.offsets.resize(self.next as usize, 0);
        let xref = self.at;
        let mut table = Vec::with_capacity(40 + 20 * self.offsets.len());
        table.extend_from_slice(format!("xref\n0 {}\n", self.offsets.len()).as_bytes());
        for (id, &offset) in self.offsets.iter().enumerate() {
            if id == 0 || offset == 0 {
                table.extend_from_slice(b"0000000000 65535 f\r\n");
            } else {
                table.extend_from_slice(format!("{offset:010} 00000 n\r\n").as_bytes());
            }
        }
        // The trailer is not an object: written by hand, as the table is.
        let mut id = Vec::with_capacity(2 * meta.ident.len());
        write_hex(&mut id, meta.ident.as_bytes());
        let id = String::from_utf8_lossy(&id);
        let trailer = format!(
            "trailer\n<</Size {} /Root {} 0 R /Info {} 0 R /ID [<{id}> <{id}>]>>\nstartxref\n{xref}\n%%EOF\n",
            self.offsets.len(),
            catalog.get(),
            info.get(),
        );
        table.extend_from_slice(trailer.as_bytes());
        self.out.write_all(&table).map_err(|e| e.to_string())?;
        Ok(self.out)
    }

    /// Writes the objects of `chunk`, noting where each starts.
    fn write(&mut self, chunk: &Chunk) -> Result<(), String> {
        let bytes = chunk.as_bytes();
        for (id, start) in starts(chunk)? {
            let n = id.get() as usize;
            if self.offsets.len() <= n {
                self.offsets.resize(n + 1, 0);
            }
            self.offsets[n] = self.at + start as u64;
        }
        self.out.write_all(bytes).map_err(|e| e.to_string())?;
        self.at += bytes.len() as u64;
        Ok(())
    }
}

fn write_hex(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in bytes {
        out.push(HEX[usize::from(b >> 4)]);
        out.push(HEX[usize::from(b & 15)]);
    }
}

/// Where each object of `chunk` starts. A chunk is its objects one after another in the order
/// of `refs()`, each `N 0 obj` … `endobj`; the next object's header right after an `endobj`
/// line marks where one ends (stream data could hold those bytes only by a chance far below
/// anything that matters, and never past its own object's header search).
fn starts(chunk: &Chunk) -> Result<Vec<(Ref, usize)>, String> {
    let bytes = chunk.as_bytes();
    let mut out = Vec::with_capacity(chunk.refs().len());
    let mut head = Vec::with_capacity(24);
    let mut from = 0;
    for (k, id) in chunk.refs().enumerate() {
        head.clear();
        let _ = write!(head, "{} 0 obj", id.get());
        let start = if k == 0 {
            bytes.starts_with(&head).then_some(0)
        } else {
            find_after_endobj(bytes, from, &head)
        };
        let start = start.ok_or_else(|| format!("PDF: object {} not found", id.get()))?;
        out.push((id, start));
        from = start + head.len();
    }
    Ok(out)
}

/// The first place at or after `from` where `head` starts a line that follows `endobj`.
fn find_after_endobj(bytes: &[u8], from: usize, head: &[u8]) -> Option<usize> {
    let mut at = from;
    while let Some(i) = memchr::memmem::find(&bytes[at..], b"endobj\n") {
        let mut start = at + i + b"endobj\n".len();
        while bytes.get(start) == Some(&b'\n') {
            start += 1;
        }
        let rest = &bytes[start..];
        if rest.starts_with(head) && rest.get(head.len()).is_some_and(|c| c.is_ascii_whitespace()) {
            return Some(start);
        }
        at = start;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PDF of `pages` pages `width` pt wide, each with a line of text, as a PDF writer
    /// other than typst would write it (page tree in the catalog, shared font, own streams).
    fn sample(width: f32, pages: usize) -> Vec<u8> {
        use pdf_writer::{Content, Rect};
        let mut pdf = pdf_writer::Pdf::new();
        let (catalog, tree, font) = (Ref::new(1), Ref::new(2), Ref::new(3));
        pdf.catalog(catalog).pages(tree);
        let kids: Vec<Ref> = (0..pages).map(|i| Ref::new(10 + 2 * i as i32)).collect();
        pdf.pages(tree).kids(kids.iter().copied()).count(pages as i32);
        pdf.type1_font(font).base_font(Name(b"Helvetica"));
        for (i, &kid) in kids.iter().enumerate() {
            let stream = Ref::new(kid.get() + 1);
            let mut page = pdf.page(kid);
            page.media_box(Rect::new(0.0, 0.0, width, 400.0)).parent(tree).contents(stream);
            page.resources().fonts().pair(Name(b"F1"), font);
            page.finish();
            let mut content = Content::new();
            content.begin_text().set_font(Name(b"F1"), 12.0).next_line(20.0, 300.0);
            content.show(pdf_writer::Str(format!("Halaman {}", i + 1).as_bytes())).end_text();
            pdf.stream(stream, &content.finish());
        }
        pdf.finish()
    }

    /// Every in-use entry of the cross-reference table points at its object's header.
    fn check_xref(pdf: &[u8]) -> usize {
        let text = String::from_utf8_lossy(pdf);
        let start: usize =
            text.rsplit("startxref\n").next().unwrap().lines().next().unwrap().parse().unwrap();
        assert!(pdf[start..].starts_with(b"xref\n0 "));
        let table = &pdf[start..];
        let head_end = 5 + table[5..].iter().position(|&c| c == b'\n').unwrap() + 1;
        let size: usize = String::from_utf8_lossy(&table[7..head_end - 1]).parse().unwrap();
        let mut used = 0;
        for id in 0..size {
            // Each entry is exactly 20 bytes, its end of line included.
            let entry = &table[head_end + 20 * id..head_end + 20 * (id + 1)];
            assert!(entry.ends_with(b"\r\n"), "entry {id}");
            if entry[17] == b'n' {
                let at: usize = String::from_utf8_lossy(&entry[..10]).parse().unwrap();
                assert!(pdf[at..].starts_with(format!("{id} 0 obj").as_bytes()), "object {id} at {at}");
                used += 1;
            }
        }
        assert!(table[head_end + 20 * size..].starts_with(b"trailer"));
        used
    }

    #[test]
    fn pages_of_several_pdfs_in_the_order_asked() {
        let (a, b) = (sample(298.0, 2), sample(420.0, 1));
        let mut joiner = Joiner::new(Vec::new(), "pkguru-keluaran").unwrap();
        let ga = joiner.add(a).unwrap();
        let gb = joiner.add(b).unwrap();
        assert_eq!((ga.pages(), gb.pages()), (2, 1));
        let meta = Meta { keywords: vec!["pkguru-keluaran".into()], ident: "uji".into(), ..Meta::default() };
        let pdf = joiner.finish(&[gb, ga], &meta).unwrap();
        assert!(check_xref(&pdf) > 6);
        let parsed = Pdf::new(pdf.clone()).unwrap();
        let sizes: Vec<f32> = parsed.pages().iter().map(|p| p.media_box().x1 as f32).collect();
        // A5 is 420 pt wide, A6 298 pt: the second PDF's page comes first.
        assert_eq!(sizes.len(), 3);
        assert!(sizes[0] > 400.0 && sizes[1] < 300.0 && sizes[2] < 300.0, "{sizes:?}");
        assert!(String::from_utf8_lossy(&pdf[..40]).contains("%pkguru-keluaran\n"), "marked at the start");
    }

    /// `data` as a zlib stream of stored (uncompressed) blocks: a valid `FlateDecode` stream
    /// that no compressor at level 6 would write.
    fn stored_zlib(data: &[u8]) -> Vec<u8> {
        let mut out = vec![0x78, 0x01];
        let chunks: Vec<&[u8]> = data.chunks(65535).collect();
        for (i, block) in chunks.iter().enumerate() {
            out.push(u8::from(i + 1 == chunks.len()));
            let len = block.len() as u16;
            out.extend_from_slice(&len.to_le_bytes());
            out.extend_from_slice(&(!len).to_le_bytes());
            out.extend_from_slice(block);
        }
        let (mut a, mut b) = (1u32, 0u32);
        for &byte in data {
            a = (a + u32::from(byte)) % 65521;
            b = (b + a) % 65521;
        }
        out.extend_from_slice(&((b << 16) | a).to_be_bytes());
        out
    }

    #[test]
    fn compressed_page_contents_are_copied_as_they_are() {
        use pdf_writer::{Content, Filter, Rect};
        let mut content = Content::new();
        content.begin_text().set_font(Name(b"F1"), 12.0).next_line(20.0, 300.0);
        content.show(pdf_writer::Str(b"Halaman satu")).end_text();
        let stored = stored_zlib(&content.finish());
        let mut pdf = pdf_writer::Pdf::new();
        let (catalog, tree, page, font, stream) =
            (Ref::new(1), Ref::new(2), Ref::new(3), Ref::new(4), Ref::new(5));
        pdf.catalog(catalog).pages(tree);
        pdf.pages(tree).kids([page]).count(1);
        pdf.type1_font(font).base_font(Name(b"Helvetica"));
        let mut p = pdf.page(page);
        p.media_box(Rect::new(0.0, 0.0, 298.0, 400.0)).parent(tree).contents(stream);
        p.resources().fonts().pair(Name(b"F1"), font);
        p.finish();
        pdf.stream(stream, &stored).filter(Filter::FlateDecode);

        let mut joiner = Joiner::new(Vec::new(), "").unwrap();
        let group = joiner.add(pdf.finish()).unwrap();
        let joined = joiner.finish(&[group], &Meta::default()).unwrap();
        check_xref(&joined);
        assert!(memchr::memmem::find(&joined, &stored).is_some(), "the stream is not compressed again");
        let parsed = Pdf::new(joined).unwrap();
        let text = parsed.pages()[0].page_stream().unwrap().to_vec();
        assert!(String::from_utf8_lossy(&text).contains("(Halaman satu) Tj"), "and decodes as before");
    }

    #[test]
    fn no_pages_is_still_a_pdf() {
        let pdf = Joiner::new(Vec::new(), "").unwrap().finish(&[], &Meta::default()).unwrap();
        assert_eq!(check_xref(&pdf), 3, "page tree, catalog, information");
        assert_eq!(Pdf::new(pdf).unwrap().pages().len(), 0);
    }

    #[test]
    fn a_broken_pdf_is_an_error() {
        let mut joiner = Joiner::new(Vec::new(), "").unwrap();
        assert!(joiner.add(b"%PDF-1.7\nnot really".to_vec()).is_err());
    }
}
