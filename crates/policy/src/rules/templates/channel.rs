//! The channel of a template call: the template type fixes the channel binding (S-009), and the
//! channel type is fixed for HTTP and chosen by the caller for TCP (S-011).

use super::{propose, remove, set, top, TemplateCx};
use crate::registry::{Kind, Rule, RuleSet, Status};
use crate::Value;
use wws_security_model::{CEnum, ChannelBinding, ChannelType};

pub(crate) static SET: RuleSet = RuleSet::rules(&[&S_009, &S_011]);

pub(crate) static S_009: Rule = Rule::error("S-009", Kind::Channel, Status::Implemented)
    .title("the template type fixes the channel binding")
    .rationale("The template functions take no channel binding: `http*` template types always build an HTTP channel and `tcp*` types a TCP channel. A template file may leave `channel_binding` out; one that names another channel describes a channel the call never builds.")
    .source("api/ne-webservices-ws_binding_template_type.md § enum-fields");

pub(crate) static S_011: Rule = Rule::error("S-011", Kind::Channel, Status::Implemented)
    .title("HTTP templates use request/reply channels; TCP templates need a chosen channel type")
    .rationale("The template helpers pass a fixed channel type for HTTP (request for a proxy, reply for an endpoint), while for TCP the caller must pass one (the samples use duplex_session). A template file may leave the HTTP type out; a TCP template file must state it.")
    .source("samples/policytemplateexample.md § PolicyTemplate.cpp; win32:desktop-src/wsw/policy-support.md");

// S-009: a written channel binding must be the template type's.
pub(crate) fn channel_binding_fixed(cx: &mut TemplateCx<'_>) {
    let template = cx.template();
    let fixed = template.template_type().channel_binding();
    let Some(written) = template.channel_binding else {
        return;
    };
    if written == fixed {
        return;
    }
    let message = format!(
        "template `{}` always builds its channel on `{}`, but `channel_binding` is `{}`",
        template.template_type().name(),
        fixed.name(),
        written.name()
    );
    let help = format!(
        "leave the channel binding out (the template fixes it), or choose a `{}*` template",
        written.name()
    );
    let at = top("channel_binding");
    let fix = remove(&at);
    cx.emit(&S_009, at, message, help, fix);
}

// S-011: HTTP templates take the fixed type; TCP templates need one.
pub(crate) fn channel_type_for_templates(cx: &mut TemplateCx<'_>) {
    let template = cx.template();
    let template_type = template.template_type();
    match template_type.fixed_channel_type(template.side) {
        Some(fixed) => {
            let Some(written) = template.channel_type else {
                return;
            };
            if written != fixed {
                let message = format!(
                    "an HTTP template on a {} always makes a `{}` channel, not `{}`",
                    template.side,
                    fixed.name(),
                    written.name()
                );
                let help = format!(
                    "the template call always uses `{}` here; write that or leave the channel type out",
                    fixed.name()
                );
                let at = top("channel_type");
                let fix = set(&at, Value::Name(fixed.name().to_owned()));
                cx.emit(&S_011, at, message, help, fix);
            }
        }
        None if template.channel_type.is_none() => {
            debug_assert_eq!(template_type.channel_binding(), ChannelBinding::Tcp);
            let message = format!(
                "template `{}` needs a channel type: the caller of a TCP template chooses it",
                template_type.name()
            );
            let at = top("channel_type");
            let fix = propose(
                &at,
                Value::Name(ChannelType::DuplexSession.name().to_owned()),
            );
            cx.emit(
                &S_011,
                at,
                message,
                "give the channel type the program passes; TCP channels use `duplex_session`",
                fix,
            );
        }
        None => {}
    }
}
