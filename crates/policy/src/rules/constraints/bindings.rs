//! The binding constraints: how many of each, their binding usage, which binding properties each
//! may constrain and with which values, and the security context's version and bootstrap.

use super::api::{constrainable_binding_properties, POLICY_HEADER_AUTH_SCHEMES};
use super::{At, ConstraintCtx};
use crate::registry::{Kind, Rule, RuleSet, Status};
use wws_security_model::constraint::{is_message_constraint, SecurityBindingConstraint};
use wws_security_model::{
    BindingProperty, CEnum, HttpHeaderAuthScheme, SecureConversationVersion,
    SecurityBindingConstraintType as T, SecurityBindingPropertyId,
};

pub(crate) static S_060: Rule = Rule::error("S-060", Kind::Combination, Status::Implemented)
    .title("one binding constraint per security token; the array is a unit")
    .rationale("Each binding constraint stands for one token of the policy, and the array as a whole names the kind of security to match. Nothing documents what two constraints of the same type would mean, so a repeated type is refused rather than read one way or another.")
    .source("api/ns-webservices-ws_security_constraints.md § securityBindingConstraints");

pub(crate) static S_065: Rule = Rule::error("S-065", Kind::Forbidden, Status::Implemented)
    .title("SSL constraint takes no binding property constraints")
    .rationale("The SSL constraint defines no binding property that policy can carry; whether a client certificate is needed comes back in its `out` member instead.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding_constraint.md § bindingConstraint");

pub(crate) static S_067: Rule = Rule::error("S-067", Kind::Forbidden, Status::Implemented)
    .title("TCP SSPI constraint takes no binding property constraints")
    .rationale("No binding property of the TCP SSPI binding is expressed in policy (the package, server authentication and impersonation level are local choices), so none can be constrained.")
    .source("api/ns-webservices-ws_tcp_sspi_transport_security_binding_constraint.md § bindingConstraint");

pub(crate) static S_068: Rule = Rule::error("S-068", Kind::Applicability, Status::Implemented)
    .title("header auth constraint: the scheme is the only binding property constraint")
    .rationale("Policy announces the header-auth scheme and nothing else about the binding; when the scheme is not constrained, only Negotiate matches.")
    .source("api/ns-webservices-ws_security_binding_property_constraint.md § id");

pub(crate) static S_069: Rule = Rule::error("S-069", Kind::Value, Status::Implemented)
    .title("header auth schemes visible in policy")
    .rationale("Policy has one assertion per scheme for Basic, Digest, NTLM and Negotiate; `none`, `passport` and values that combine several schemes are never what a policy announces. A scheme constraint that allows none of the four single schemes can never match.")
    .source("concepts/metadata-mapping.md § Constraints with HTTP Header Authentication");

pub(crate) static S_070: Rule = Rule::error("S-070", Kind::Required, Status::Implemented)
    .title("message-security constraints carry a binding usage")
    .rationale("The username, Kerberos, certificate, issued-token and security-context constraints say how their token is attached to the message; the zero value is no usage at all, and the matched binding is built with the same usage.")
    .source("api/ns-webservices-ws_username_message_security_binding_constraint.md § bindingUsage");

pub(crate) static S_071: Rule = Rule::error("S-071", Kind::Forbidden, Status::Implemented)
    .title("username, Kerberos and cert constraints take no binding property constraints")
    .rationale("None of these three constraints defines a binding property that policy can carry.")
    .source(
        "api/ns-webservices-ws_username_message_security_binding_constraint.md § bindingConstraint",
    );

pub(crate) static S_077: Rule = Rule::error("S-077", Kind::Applicability, Status::Implemented)
    .title("security-context constraint: supported binding property constraints")
    .rationale("Only the secure conversation version and the key entropy mode of a security context appear in policy. The general binding-property-constraint page lists only the header-auth scheme; we follow the more specific security-context page.")
    .source("api/ns-webservices-ws_security_context_message_security_binding_constraint.md § bindingConstraint");

pub(crate) static S_078: Rule = Rule::error("S-078", Kind::Required, Status::Implemented)
    .title("security-context constraint must allow the February 2005 secure-conversation version")
    .rationale("Policy can only express WS-SecureConversation February 2005, and the page asks for a version constraint holding that value for a match; without it the constraint matches no policy.")
    .source("api/ns-webservices-ws_security_context_message_security_binding_constraint.md § bindingConstraint");

pub(crate) static S_079: Rule = Rule::error("S-079", Kind::Combination, Status::Implemented)
    .title("security-context constraint: nested bootstrap constraints")
    .rationale("The context is obtained over a bootstrap channel whose security the policy states in its BootstrapPolicy; the constraint needs a bootstrap constraint set to match it against and to build the bootstrap description from. Every S- rule applies again inside that set.")
    .source("api/ns-webservices-ws_security_context_message_security_binding_constraint.md § bootstrapSecurityConstraint");

pub(crate) static SET: RuleSet = RuleSet::rules(&[
    &S_060, &S_065, &S_067, &S_068, &S_069, &S_070, &S_071, &S_077, &S_078, &S_079,
]);

pub(super) static CHECKS: &[fn(&mut ConstraintCtx<'_>)] = &[
    one_per_type,
    binding_usage,
    allowed_property_constraints,
    visible_schemes,
    security_context,
];

// S-060: a constraint type may appear once per set.
fn one_per_type(cx: &mut ConstraintCtx<'_>) {
    let constraints = &cx.set().security_binding_constraints;
    for (j, c) in constraints.iter().enumerate() {
        let kind = c.constraint_type();
        if let Some(first) = constraints[..j]
            .iter()
            .position(|o| o.constraint_type() == kind)
        {
            let message = format!(
                "{} repeats the type of binding constraint #{first}",
                cx.binding_label(j)
            );
            cx.emit(
                &S_060,
                At::Binding(j),
                message,
                "give each kind of token one constraint; remove the repeated one",
            );
        }
    }
}

// S-070: every message constraint states its usage.
fn binding_usage(cx: &mut ConstraintCtx<'_>) {
    for (j, c) in cx.set().security_binding_constraints.iter().enumerate() {
        if is_message_constraint(c.constraint_type()) && c.binding_usage().is_none() {
            let message = format!("{} has no `binding_usage`", cx.binding_label(j));
            cx.emit(
                &S_070,
                At::Binding(j),
                message,
                "add `binding_usage = \"supporting\"`, the only usage",
            );
        }
    }
}

/// The rule that refuses a property constraint `id` on a constraint of type `kind`.
fn property_rule(kind: T) -> Option<&'static Rule> {
    Some(match kind {
        T::SslTransport => &S_065,
        T::TcpSspiTransport => &S_067,
        T::HttpHeaderAuth => &S_068,
        T::UsernameMessage | T::KerberosApreqMessage | T::CertMessage => &S_071,
        T::SecurityContextMessage => &S_077,
        // No S- entry limits the issued-token constraint's base property constraints.
        T::IssuedTokenMessage => return None,
    })
}

// S-065, S-067, S-068, S-071, S-077: binding property constraints each type may carry.
fn allowed_property_constraints(cx: &mut ConstraintCtx<'_>) {
    for (j, c) in cx.set().security_binding_constraints.iter().enumerate() {
        let kind = c.constraint_type();
        let Some(rule) = property_rule(kind) else {
            continue;
        };
        let allowed = constrainable_binding_properties(kind);
        for (k, p) in c.property_constraints().iter().enumerate() {
            if allowed.contains(&p.id()) {
                continue;
            }
            let message = format!(
                "{} constrains binding property `{}`, which policy does not carry for this constraint",
                cx.binding_label(j),
                p.id().name()
            );
            let help = match allowed {
                [] => {
                    "remove the property constraint; this binding constraint takes none".to_owned()
                }
                names => format!(
                    "constrain only {}; set other properties on the description after the match",
                    names
                        .iter()
                        .map(|n| format!("`{}`", n.name()))
                        .collect::<Vec<_>>()
                        .join(" and ")
                ),
            };
            cx.emit(rule, At::BindingProperty(j, k), message, &help);
        }
    }
}

/// True for a scheme value a policy assertion can announce: exactly one of the four schemes.
fn visible(value: &BindingProperty) -> bool {
    match value {
        BindingProperty::HttpHeaderAuthScheme(set) => {
            set.len() == 1
                && set
                    .iter()
                    .all(|s: HttpHeaderAuthScheme| POLICY_HEADER_AUTH_SCHEMES.contains(&s))
        }
        _ => false,
    }
}

// S-069: a scheme constraint must allow at least one scheme that policy can announce.
fn visible_schemes(cx: &mut ConstraintCtx<'_>) {
    for (j, c) in cx.set().security_binding_constraints.iter().enumerate() {
        if c.constraint_type() != T::HttpHeaderAuth {
            continue;
        }
        for (k, p) in c.property_constraints().iter().enumerate() {
            if p.id() != SecurityBindingPropertyId::HttpHeaderAuthScheme
                || p.allowed_values().iter().any(visible)
            {
                continue;
            }
            let message = format!(
                "{} allows no header-auth scheme that a policy can announce",
                cx.binding_label(j)
            );
            cx.emit(
                &S_069,
                At::BindingProperty(j, k),
                message,
                "allow one or more of `[\"basic\"]`, `[\"digest\"]`, `[\"ntlm\"]` and `[\"negotiate\"]`, one scheme per value",
            );
        }
    }
}

// S-078 and S-079: a security context needs the February 2005 version and a bootstrap set.
fn security_context(cx: &mut ConstraintCtx<'_>) {
    for (j, c) in cx.set().security_binding_constraints.iter().enumerate() {
        let SecurityBindingConstraint::SecurityContextMessage(sc) = c else {
            continue;
        };
        let version = SecurityBindingPropertyId::SecureConversationVersion;
        let february =
            BindingProperty::SecureConversationVersion(SecureConversationVersion::February2005);
        let allows_february = sc
            .property_constraints
            .iter()
            .filter(|p| p.id() == version)
            .any(|p| p.allowed_values().contains(&february));
        if !allows_february {
            let message = format!(
                "{} does not allow secure conversation version `february_2005`, the only one policy can express",
                cx.binding_label(j)
            );
            cx.emit(
                &S_078,
                At::BindingField(j, "property_constraints"),
                message,
                "add `{ id = \"secure_conversation_version\", allowed_values = [\"february_2005\"] }` to its property constraints",
            );
        }
        if sc.bootstrap_security_constraint.is_none() {
            let message = format!(
                "{} has no `bootstrap_security_constraint`",
                cx.binding_label(j)
            );
            cx.emit(
                &S_079,
                At::Binding(j),
                message,
                "add the constraints the bootstrap channel must match (for example SSL and a username token)",
            );
        }
    }
}
