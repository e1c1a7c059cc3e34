//! Evidence files hashed in the browser: read from a `File` in pieces, hashed with the core's
//! SHA-256.

use parscore::answers::FileRef;
use parscore::web::files::hash_file;
use wasm_bindgen_test::*;

fn file(name: &str, bytes: &[u8]) -> web_sys::File {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    web_sys::File::new_with_u8_array_sequence(&parts, name).expect("a File from bytes")
}

#[wasm_bindgen_test]
async fn a_file_is_hashed_in_the_browser() {
    let hashed = hash_file(&file("kế hoạch.pdf", b"abc")).await.expect("the file is read");
    assert_eq!(
        hashed,
        FileRef {
            name: "kế hoạch.pdf".into(),
            size: 3,
            sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".into(),
        }
    );
    let empty = hash_file(&file("empty.txt", b"")).await.expect("an empty file is read");
    assert_eq!(empty.sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

#[wasm_bindgen_test]
async fn a_file_larger_than_one_piece_hashes_as_a_whole() {
    // 9 MiB of a repeating pattern: read in three pieces.
    let bytes: Vec<u8> = (0..9 * 1024 * 1024).map(|i| (i % 251) as u8).collect();
    let hashed = hash_file(&file("scan.pdf", &bytes)).await.expect("the file is read");
    let expected = parscore::canonical::hex(&<sha2::Sha256 as sha2::Digest>::digest(&bytes));
    assert_eq!(hashed.sha256, expected);
    assert_eq!(hashed.size, bytes.len() as u64);
}
