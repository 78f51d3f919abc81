//! The channel binding of policy constraints, and transport constraints that must fit it.

use super::{At, ConstraintCtx};
use crate::registry::{Kind, Rule, RuleSet, Status};
use crate::{Diagnostic, Policy, Report};
use wws_security_model::constraint::PolicyConstraints;
use wws_security_model::{CEnum, ChannelBinding, Part, Path, SecurityBindingConstraintType as T};

pub(crate) static S_056: Rule = Rule::error("S-056", Kind::Value, Status::Implemented)
    .title("policy constraints accept only HTTP or TCP")
    .rationale("Policy matching has no mapping for named pipes, UDP or custom channels: no WSDL transport URI leads to them, so constraints that ask for one can match nothing. Descriptions for those channels are built directly.")
    .source("api/ns-webservices-ws_policy_constraints.md § channelBinding");

pub(crate) static S_087: Rule = Rule::error("S-087", Kind::Channel, Status::Implemented)
    .title("transport constraints must fit the required channel binding")
    .rationale("SSL (HttpsToken) and HTTP header authentication exist only on HTTP, Windows transport security (WindowsTransportSecurity) only on TCP. A constraint set that pairs one of them with the other channel binding describes a policy no service can publish.")
    .source("concepts/metadata-mapping.md § Constraints with SLL Transport Security, § Constraints with SSPI Transport Security");

pub(crate) static SET: RuleSet = RuleSet::rules(&[&S_056, &S_087]);

pub(super) static CHECKS: &[fn(&mut ConstraintCtx<'_>)] = &[transport_fits_channel];

// S-056: runs once per constraints document, before the constraint sets.
pub(super) fn channel_binding(
    constraints: &PolicyConstraints,
    policy: &Policy,
    report: &mut Report,
) {
    let binding = constraints.channel_binding;
    if matches!(binding, ChannelBinding::Http | ChannelBinding::Tcp) {
        return;
    }
    let Some(severity) = policy.severity_of(&S_056) else {
        return;
    };
    report.diagnostics.push(Diagnostic {
        rule: &S_056,
        severity,
        message: format!(
            "the constraints ask for channel binding `{}`, but policy matching knows only `http` and `tcp`",
            binding.name()
        ),
        help: "require `http` or `tcp`; other channels get their security description built directly, without policy".to_owned(),
        path: Path::root().key("channel_binding"),
        part: Part::Value,
        suggestion: None,
    });
}

// S-087: SSL and header auth need HTTP, TCP SSPI needs TCP (other channels are S-056's).
fn transport_fits_channel(cx: &mut ConstraintCtx<'_>) {
    let channel = cx.channel_binding;
    if !matches!(channel, ChannelBinding::Http | ChannelBinding::Tcp) {
        return;
    }
    for (j, constraint) in cx.set().security_binding_constraints.iter().enumerate() {
        let needs = match constraint.constraint_type() {
            T::SslTransport | T::HttpHeaderAuth => ChannelBinding::Http,
            T::TcpSspiTransport => ChannelBinding::Tcp,
            _ => continue,
        };
        if needs != channel {
            let message = format!(
                "{} needs channel binding `{}`, but the constraints require `{}`",
                cx.binding_label(j),
                needs.name(),
                channel.name()
            );
            cx.emit(
                &S_087,
                At::Binding(j),
                message,
                "use `ssl_transport` or `http_header_auth` with `http`, and `tcp_sspi_transport` with `tcp`",
            );
        }
    }
}
