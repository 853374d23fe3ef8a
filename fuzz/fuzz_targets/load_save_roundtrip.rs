//! Loads arbitrary bytes as a session file. Loading must never panic, hang
//! or overflow the stack; whatever loads must save and load back unchanged.

#![no_main]

use libfuzzer_sys::fuzz_target;
use peacemap::io::{load_bytes, load_str, to_ron_string};

fuzz_target!(|data: &[u8]| {
    let Ok(session) = load_bytes(data) else {
        return;
    };
    let text = to_ron_string(&session).expect("a session that loaded can be written");
    let reloaded = load_str(&text).expect("the written text loads again");
    assert_eq!(reloaded, session, "save then load changed the session");
    let again = to_ron_string(&reloaded).expect("writes again");
    assert_eq!(again, text, "the written text is stable");
});
