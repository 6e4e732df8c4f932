//! Kept sets read back from the browser's storage as warily as a new file: a header that
//! lies about its count, varints of any size, bytes cut at every length and one long
//! string named again and again are errors, never a panic or a large allocation; values
//! that are not finite or out of their unit's range are left out with their reason, and
//! names come back made safe to show. The largest single allocation is measured by a
//! probe allocator (per thread, so that tests running beside each other do not count).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use cds_explorer::core::import::kept::{
    left_out_text, read_kept, renamed_header, set_aside_text, Damage, KeptReader, LeftOut,
    TEXT_LIMIT,
};
use cds_explorer::core::import::user_set::{UserIndicator, UserSet, UserValue};
use cds_explorer::core::import::wire::{
    decode_set, decode_values, encode_set, encode_set_chunks, encode_set_header,
};
use cds_explorer::core::view::state::Lang;
use proptest::prelude::*;

use super::common::shipped;
use super::import_test::{import, WIDE};
use super::property_test::check;

/// The system allocator, noting the largest request of each thread.
struct Probe;

thread_local! {
    static LARGEST: Cell<usize> = const { Cell::new(0) };
}

fn note(size: usize) {
    let _ = LARGEST.try_with(|largest| largest.set(largest.get().max(size)));
}

unsafe impl GlobalAlloc for Probe {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        System.alloc(layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        System.alloc_zeroed(layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note(new_size);
        System.realloc(ptr, layout, new_size)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
}

#[global_allocator]
static PROBE: Probe = Probe;

/// What `f` returns, and the largest single allocation it made.
fn largest_allocation<T>(f: impl FnOnce() -> T) -> (T, usize) {
    LARGEST.with(|largest| largest.set(0));
    let out = f();
    (out, LARGEST.with(Cell::get))
}

/// A set of our own indicator (a score) with `values`, for Hải Dương in 2023.
fn set_of(values: &[f64]) -> UserSet {
    UserSet {
        id: "diem".to_string(),
        name: "Điểm".to_string(),
        file: "diem.csv".to_string(),
        imported: "2026-11-30".to_string(),
        indicators: vec![UserIndicator {
            id: "user-diem-1".to_string(),
            name: "Điểm".to_string(),
            unit: "score".to_string(),
        }],
        values: values
            .iter()
            .enumerate()
            .map(|(n, &value)| UserValue {
                indicator: "user-diem-1".to_string(),
                area: "hai-duong".to_string(),
                year: 2015 + n as u16 % 20,
                kind: "actual".to_string(),
                value,
                printed: value.to_string(),
                quote: format!("Hải Dương: {value}"),
                note: format!("diem.csv, dòng {}", n + 2),
                tie: false,
            })
            .collect(),
    }
}

/// A set as the browser keeps it, read back.
fn read(set: &UserSet) -> Result<(UserSet, Vec<(LeftOut, usize)>), Damage> {
    let (header, chunks) = encode_set_chunks(set);
    let chunks: Vec<&[u8]> = chunks.iter().map(Vec::as_slice).collect();
    read_kept(&header, &chunks, shipped())
}

fn varint(mut n: u64, out: &mut Vec<u8>) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

#[test]
fn a_kept_set_reads_back_as_it_was_kept() {
    let (_, _, report, set) = import("ho-so-truc-tuyen.csv", WIDE.as_bytes());
    assert!(report.accepted > 0);
    assert_eq!(read(&set), Ok((set.clone(), Vec::new())));
    // Renamed, it keeps its count of values and still reads.
    let (header, chunks) = encode_set_chunks(&set);
    let renamed = renamed_header(&header, "Hồ sơ \u{202E}trực tuyến").expect("renamed");
    let chunks: Vec<&[u8]> = chunks.iter().map(Vec::as_slice).collect();
    let (back, _) = read_kept(&renamed, &chunks, shipped()).expect("reads");
    assert_eq!(back.name, "Hồ sơ trực tuyến");
    assert_eq!(back.values, set.values);
}

#[test]
fn a_header_claiming_two_to_the_31_values_is_damage_not_a_panic() {
    let set = set_of(&[0.5]);
    let (_, chunks) = encode_set_chunks(&set);
    let chunks: Vec<&[u8]> = chunks.iter().map(Vec::as_slice).collect();
    let data = shipped();
    for claimed in [(1usize << 31) - 1, usize::MAX, u32::MAX as usize, 2] {
        let header = encode_set_header(&set, claimed);
        let (read, largest) = largest_allocation(|| read_kept(&header, &chunks, data));
        match read {
            Err(Damage::Claims { claimed: c, .. }) | Err(Damage::Count { claimed: c, .. }) => {
                assert_eq!(c, claimed)
            }
            other => panic!("{claimed}: {other:?}"),
        }
        assert!(largest < 64 << 10, "{claimed}: allocated {largest} B");
    }
    // One too few is found out once the chunks are read.
    let header = encode_set_header(&set_of(&[0.5, 0.6]), 0);
    assert_eq!(
        read_kept(&header, &chunks, shipped()),
        Err(Damage::Count {
            claimed: 0,
            found: 1
        })
    );
}

#[test]
fn a_chunk_claiming_huge_counts_is_an_error_without_a_large_allocation() {
    // One string, the version, then a value count of 2³¹−1, u32::MAX, u64::MAX, and a
    // varint that never ends; then a few bytes of values.
    for count in [(1u64 << 31) - 1, u64::from(u32::MAX), u64::MAX] {
        let mut chunk = vec![1, 1, b'a', 1];
        varint(count, &mut chunk);
        chunk.extend([0; 40]);
        let (read, largest) = largest_allocation(|| decode_values(&chunk));
        assert!(read.is_err(), "{count}");
        assert!(largest < 64 << 10, "{count}: allocated {largest} B");
    }
    let mut endless = vec![1, 1, b'a', 1];
    endless.extend([0xff; 20]);
    assert!(decode_values(&endless).is_err());
    let mut table = vec![];
    varint(u64::MAX, &mut table);
    assert!(decode_values(&table).is_err(), "a string table of u64::MAX");
}

#[test]
fn bytes_cut_at_every_length_are_an_error_never_a_panic() {
    let (_, _, _, set) = import("ho-so-truc-tuyen.csv", WIDE.as_bytes());
    let (header, chunks) = encode_set_chunks(&set);
    let chunks: Vec<&[u8]> = chunks.iter().map(Vec::as_slice).collect();
    let data = shipped();
    for cut in 0..header.len() {
        assert!(
            read_kept(&header[..cut], &chunks, data).is_err(),
            "header cut at {cut}"
        );
    }
    for (n, chunk) in chunks.iter().enumerate() {
        for cut in 0..chunk.len() {
            let mut cut_chunks = chunks.clone();
            cut_chunks[n] = &chunk[..cut];
            assert!(
                read_kept(&header, &cut_chunks, data).is_err(),
                "chunk {n} cut at {cut}"
            );
        }
    }
    let whole = encode_set(&set);
    for cut in 0..whole.len() {
        assert!(decode_set(&whole[..cut]).is_err(), "set cut at {cut}");
    }
}

#[test]
fn values_that_are_not_finite_or_out_of_range_are_left_out_with_their_reason() {
    let set = set_of(&[0.5, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1.5, 0.25]);
    let (back, left_out) = read(&set).expect("the set reads");
    let values: Vec<f64> = back.values.iter().map(|v| v.value).collect();
    assert_eq!(values, [0.5, 0.25]);
    assert_eq!(
        left_out,
        [(LeftOut::NotFinite, 3), (LeftOut::OutOfRange, 1)]
    );
    assert_eq!(
        left_out_text(&back.name, &left_out, Lang::Vi),
        "4 giá trị của bộ dữ liệu đã lưu “Điểm” bị bỏ qua: không phải số hữu hạn (3), ngoài khoảng của đơn vị (1)."
    );
    assert_eq!(
        left_out_text(&back.name, &left_out, Lang::En),
        "4 values of the kept set “Điểm” were left out: not a finite number (3), outside its unit's range (1)."
    );
    // A built-in rank is checked against its 63 places, a year and an indicator too.
    let mut set = set_of(&[]);
    for (indicator, value, year) in [
        ("dti-rank", 64.0, 2023),
        ("dti-rank", 2.5, 2023),
        ("dti-rank", 12.0, 2023),
        ("dti-rank", 12.0, 1990),
        ("no-such-indicator", 1.0, 2023),
    ] {
        let mut v = set_of(&[value]).values.remove(0);
        v.indicator = indicator.to_string();
        v.year = year;
        set.values.push(v);
    }
    let (back, left_out) = read(&set).expect("the set reads");
    assert_eq!(back.values.len(), 1);
    assert_eq!(
        left_out,
        [
            (LeftOut::OutOfRange, 2),
            (LeftOut::UnknownIndicator, 1),
            (LeftOut::Year, 1)
        ]
    );
}

#[test]
fn names_come_back_safe_to_show_and_unknown_units_are_damage() {
    let mut set = set_of(&[0.5]);
    set.name = "Đ\u{202E}iểm\u{0}\u{200B}".to_string();
    set.indicators[0].name = format!("{}x", "\u{2066}a".repeat(300));
    set.values[0].quote = "Hải Dương:\u{202E} 0.5".to_string();
    set.values[0].area = "own:Xã \u{202E}Tân Lập".to_string();
    let (back, _) = read(&set).expect("the set reads");
    assert_eq!(back.name, "Điểm");
    assert_eq!(back.indicators[0].name, format!("{}…", "a".repeat(200)));
    assert_eq!(back.values[0].quote, "Hải Dương: 0.5");
    assert_eq!(back.values[0].area, "own:Xã Tân Lập");
    set.indicators[0].unit = "furlongs".to_string();
    assert_eq!(read(&set), Err(Damage::Unit("furlongs".to_string())));
    set.indicators[0].unit = "score".to_string();
    set.id = "di\u{202E}em".to_string();
    assert_eq!(read(&set), Err(Damage::Id));
    assert_eq!(
        set_aside_text("Điểm\u{202E}", &Damage::Id, Lang::Vi),
        "Bộ dữ liệu đã lưu “Điểm” không đọc được (mã của bộ không hợp lệ) nên được để riêng; trang và các bộ khác vẫn dùng được."
    );
    assert_eq!(
        set_aside_text("Điểm", &Damage::Claims { claimed: 2_147_483_647, room: 3 }, Lang::En),
        "The kept set “Điểm” could not be read (its header claims 2147483647 values, and its bytes have room for 3) and was set aside; the page and your other sets still work."
    );
}

#[test]
fn one_long_string_named_again_and_again_stops_at_the_text_limit() {
    // A header of one value, then a chunk whose strings hold 8 MiB of text named by 40
    // values (three times each): 960 MiB of copies from 8 MiB of bytes.
    let set = set_of(&[0.5]);
    let header = encode_set_header(&set, 40);
    let long = "x".repeat(8 << 20);
    let mut chunk = Vec::new();
    varint(2, &mut chunk);
    for text in ["hai-duong", long.as_str()] {
        varint(text.len() as u64, &mut chunk);
        chunk.extend(text.as_bytes());
    }
    chunk.push(1); // the version
    chunk.push(40);
    for _ in 0..40 {
        chunk.extend([0, 0, 60, 0]); // indicator, area, year, kind
        chunk.extend(0.5f64.to_le_bytes());
        chunk.extend([1, 1, 1, 0]); // printed, quote, note, tie
    }
    let reader = KeptReader::new(&header, chunk.len(), shipped());
    let mut reader = reader.expect("the header reads");
    let error = reader.add(&chunk).expect_err("too much text");
    assert!(format!("{error:?}").contains("more text"), "{error:?}");
    const { assert!(TEXT_LIMIT < 40 * 3 * (8 << 20)) };
}

#[test]
fn fuzz_kept_set_bytes_never_panic() {
    let (_, _, _, set) = import("ho-so-truc-tuyen.csv", WIDE.as_bytes());
    let (header, chunks) = encode_set_chunks(&set);
    let chunk = chunks.first().cloned().unwrap_or_default();
    let data = shipped();
    // Valid bytes with some flipped, cut or replaced, and bytes of any kind.
    let mangled = |bytes: Vec<u8>| {
        let len = bytes.len();
        (
            prop::collection::vec((0..len.max(1), any::<u8>()), 0..6),
            0..=len,
        )
            .prop_map(move |(edits, cut)| {
                let mut out = bytes.clone();
                for (at, byte) in edits {
                    if let Some(b) = out.get_mut(at) {
                        *b = byte;
                    }
                }
                out.truncate(cut.max(len / 2));
                out
            })
    };
    let strategy = prop_oneof![
        (mangled(header.clone()), mangled(chunk.clone())),
        (
            prop::collection::vec(any::<u8>(), 0..64),
            prop::collection::vec(any::<u8>(), 0..256)
        ),
    ];
    check("kept set bytes", strategy, |(header, chunk)| {
        let (read, largest) = largest_allocation(|| read_kept(&header, &[&chunk], data));
        if let Ok((set, _)) = read {
            prop_assert!(set.values.iter().all(|v| v.value.is_finite()));
        }
        prop_assert!(largest < 1 << 20, "allocated {} B", largest);
        Ok(())
    });
}
