//! Every official example endpoint and every endpoint of the policy fixtures that the policy
//! accepts: lowered, read back, and equal to the original (passwords by value, callbacks and
//! pointers as the same objects).

mod common;

use common::*;

#[test]
fn every_example_endpoint_survives_lowering_and_reading_back() {
    let examples = examples();
    assert!(
        examples.len() >= if cfg!(miri) { 6 } else { 34 },
        "found {} examples",
        examples.len()
    );
    for (name, endpoint) in examples {
        let runtime = runtime_for(&endpoint);
        assert_round_trip(&name, &check(endpoint), &runtime);
    }
}

#[test]
fn every_accepted_fixture_endpoint_survives_lowering_and_reading_back() {
    let fixtures = accepted_fixtures();
    if cfg!(miri) {
        for (name, endpoint) in fixtures {
            assert_round_trip(&name, &endpoint, &runtime_for(&endpoint));
        }
        return;
    }
    // Each rule fixture has a passing half; lint fixtures add their failing half.
    assert!(
        fixtures.len() >= 140,
        "found {} accepted fixture endpoints",
        fixtures.len()
    );
    let mut kinds = std::collections::BTreeSet::new();
    for (name, endpoint) in &fixtures {
        for u in wws_security_ffi::slot_uses(endpoint) {
            kinds.insert(format!("{:?}", u.kind));
        }
        let runtime = runtime_for(endpoint);
        assert_round_trip(name, endpoint, &runtime);
    }
    // The fixtures reach most kinds of program value; `every_kind.rs` covers the rest.
    for kind in [
        "PasswordValidator",
        "SamlValidator",
        "OpaqueAuthIdentity",
        "Password",
        "MessageProperty(Heap)",
        "CertificateValidationCallback",
        "CallbackState",
        "XmlToken",
        "Certificate",
        "XmlBuffer",
    ] {
        assert!(
            kinds.contains(kind),
            "no fixture has a {kind} slot: {kinds:?}"
        );
    }
}
