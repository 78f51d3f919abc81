//! `lower_template`: for every template type on both sides, the template value and policy
//! description have the exact windows-sys size and type number, and reading the C structures
//! back member by member gives what the model holds; a slot nobody filled is an error at its
//! template member; Debug shows no secret.

mod common;

use common::template_read::{read_back, Members, Seen};
use common::templates::*;
use common::{env_value, runtime_for};
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_ffi::ctype::{binding_property_type, channel_property_type};
use wws_security_ffi::{lower_template, LowerErrorKind};
use wws_security_model::*;
use wws_security_policy::{Runtime, Validated};

/// What the model holds, in the same terms: ids and C sizes of bag entries, credential types,
/// usages, callbacks.
fn expected(template: &Template) -> Members {
    let mut out = Members::new();
    template.visit_members(|visit| {
        let at = visit.path.to_string();
        let seen = match visit.value {
            MemberValue::Unset => return,
            MemberValue::Properties(bag) => Seen::Bag(
                bag.names()
                    .into_iter()
                    .map(|name| match bag.kind() {
                        PropertyContainer::ChannelProperties => {
                            (ChannelPropertyId::from_name(name).unwrap().to_raw(), 4)
                        }
                        PropertyContainer::SecurityProperties => {
                            let id = SecurityPropertyId::from_name(name).unwrap();
                            (id.to_raw(), channel_property_type(id).size() as u32)
                        }
                        PropertyContainer::SecurityBindingProperties => {
                            let id = SecurityBindingPropertyId::from_name(name).unwrap();
                            (id.to_raw(), binding_property_type(id).size() as u32)
                        }
                    })
                    .collect(),
            ),
            MemberValue::Set(FieldValue::Usage(u)) => Seen::Usage(u.to_raw()),
            MemberValue::Set(FieldValue::Certificate(c)) => {
                Seen::Credential(c.credential_type().to_raw())
            }
            MemberValue::Set(FieldValue::Windows(c)) => {
                Seen::Credential(c.credential_type().to_raw())
            }
            MemberValue::Set(FieldValue::Username(c)) => {
                Seen::Credential(c.credential_type().to_raw())
            }
            MemberValue::Set(FieldValue::Slot(_)) if visit.field.key.ends_with("_state") => {
                Seen::State
            }
            MemberValue::Set(FieldValue::Slot(_)) => Seen::Callback,
            MemberValue::Set(other) => panic!("{at}: a template member never holds {other:?}"),
        };
        out.insert(at, seen);
    });
    // A Rust validator's state is the closure the structure owns: C sees a state either way.
    let validators: Vec<String> = out
        .iter()
        .filter(|(_, seen)| **seen == Seen::Callback)
        .map(|(at, _)| format!("{at}_callback_state"))
        .collect();
    for state in validators {
        out.insert(state, Seen::State);
    }
    out
}

fn runtime(template: &Template) -> Runtime {
    runtime_for(&template.expand())
}

fn assert_lowers_as_modelled(name: &str, checked: &Validated<Template>) {
    let lowered =
        lower_template(checked, &runtime(checked)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let seen = read_back(&lowered, checked.template_type()).members;
    assert_eq!(seen, expected(checked), "{name}");
    let layout = lowered.layout();
    let (value_name, policy_name) = BindingTemplate::c_names(checked.template_type());
    assert_eq!(
        (layout.value.struct_name, layout.policy.struct_name),
        (value_name, policy_name),
        "{name}"
    );
    assert_eq!(layout.value.size, lowered.template_size());
    assert_eq!(layout.policy.size, lowered.policy_description_size());
    // Moving the owner moves no structure.
    let before = (lowered.template_value(), lowered.policy_description());
    let moved = Box::new(lowered);
    assert_eq!(before, (moved.template_value(), moved.policy_description()));
}

#[test]
fn every_template_type_on_both_sides_lowers_as_the_model_holds_it() {
    let templates = rich_templates();
    assert_eq!(templates.len(), 28);
    for (name, checked) in &templates {
        assert_lowers_as_modelled(name, checked);
    }
    // The rich templates hold every kind of member the reader knows.
    let all: Vec<Seen> = templates
        .iter()
        .flat_map(|(_, t)| expected(t).into_values())
        .collect();
    assert!(all.iter().any(|s| matches!(s, Seen::Credential(_))));
    assert!(all.iter().any(|s| matches!(s, Seen::Usage(_))));
    assert!(all.contains(&Seen::Callback));
    assert!(all
        .iter()
        .any(|s| matches!(s, Seen::Bag(entries) if !entries.is_empty())));
}

#[test]
fn every_example_and_passing_fixture_template_lowers_as_the_model_holds_it() {
    let templates = file_templates();
    if !cfg!(miri) {
        assert!(templates.len() >= 15, "found {}", templates.len());
    }
    for (name, checked) in &templates {
        assert_lowers_as_modelled(name, checked);
    }
}

#[test]
fn the_password_of_a_template_credential_is_in_the_structure_while_alive() {
    let text = rich_template_text(BindingTemplateType::HttpSslUsername, Side::Client);
    let checked = check_template("username", parse_template(&text));
    let lowered = lower_template(&checked, &runtime(&checked)).unwrap();
    let value = unsafe {
        &*lowered
            .template_value()
            .cast::<WS_HTTP_SSL_USERNAME_BINDING_TEMPLATE>()
    };
    let credential = value.usernameMessageSecurityBinding.clientCredential;
    let string = unsafe { &*credential.cast::<WS_STRING_USERNAME_CREDENTIAL>() };
    let password = unsafe {
        std::slice::from_raw_parts(string.password.chars, string.password.length as usize)
    };
    assert_eq!(
        String::from_utf16(password).unwrap(),
        env_value(PASSWORD_VARIABLE)
    );
    let debug = format!("{lowered:?}");
    assert!(!debug.contains(&env_value(PASSWORD_VARIABLE)), "{debug}");
    assert!(!debug.contains("svc"), "{debug}");
    assert!(debug.contains("WS_STRING_USERNAME_CREDENTIAL"), "{debug}");
}

#[test]
fn an_unfilled_slot_is_an_error_at_its_template_member() {
    let text = rich_template_text(BindingTemplateType::HttpSslUsername, Side::Server);
    let checked = check_template("validator", parse_template(&text));
    let error = lower_template(&checked, &Runtime::new()).unwrap_err();
    assert_eq!(
        error.path.to_string(),
        "username_message_security_binding.password_validator"
    );
    assert!(
        matches!(&error.kind, LowerErrorKind::MissingSlot { slot, .. } if slot == "check-password"),
        "{error:?}"
    );
    // A variable that is not set, in a client's credential.
    let text = rich_template_text(BindingTemplateType::TcpSspiUsername, Side::Client);
    let checked = check_template("credential", parse_template(&text));
    let error = lower_template(&checked, &Runtime::new()).unwrap_err();
    assert_eq!(
        error.path.to_string(),
        "username_message_security_binding.client_credential.password"
    );
    assert!(!error.to_string().contains(&env_value(PASSWORD_VARIABLE)));
}

#[test]
fn a_state_beside_a_rust_validator_is_an_error_at_the_state() {
    let mut text = rich_template_text(BindingTemplateType::HttpSslUsername, Side::Server);
    text = text.replace(
        "password_validator = { runtime = \"check-password\" }",
        "password_validator = { runtime = \"check-password\" }\n\
         password_validator_callback_state = { runtime = \"state\" }",
    );
    let checked = check_template("state", parse_template(&text));
    let runtime = Runtime::new()
        .with(
            "check-password",
            wws_security_ffi::PasswordValidator::new(|_: &str, _: &SecretString| true),
        )
        .with(
            "state",
            common::fake_pointer::<std::ffi::c_void, std::ffi::c_void>(1),
        );
    let error = lower_template(&checked, &runtime).unwrap_err();
    assert_eq!(
        error.path.to_string(),
        "username_message_security_binding.password_validator_callback_state"
    );
}

#[test]
fn a_template_with_an_address_lowers_it_beside_the_structures() {
    let template = parse_template(
        r#"
        template = "http_ssl"
        side = "client"
        address = { url = "https://svc.contoso.com/orders", identity = { type = "dns", dns = "svc.contoso.com" } }
        "#,
    );
    let checked = check_template("address", template);
    let lowered = lower_template(&checked, &Runtime::new()).unwrap();
    let layout = lowered
        .address()
        .expect("the file declares an address")
        .layout();
    assert_eq!(layout.url, "https://svc.contoso.com/orders");
    assert_eq!(layout.identity, Some((1, "WS_DNS_ENDPOINT_IDENTITY")));
    assert!(format!("{lowered:?}").contains("svc.contoso.com"));

    let plain = check_template(
        "no address",
        parse_template("template = \"http_ssl\"\nside = \"client\""),
    );
    assert!(lower_template(&plain, &Runtime::new())
        .unwrap()
        .address()
        .is_none());
}
