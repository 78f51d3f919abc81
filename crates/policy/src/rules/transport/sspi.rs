//! The NTLM package and server authentication on the SSPI transport bindings.

use crate::{At, Ctx};
use wws_security_model::{
    BindingProperty, SecurityBinding, SecurityBindingPropertyId as Id, Side,
    WindowsIntegratedAuthPackage,
};

fn explicit_ntlm(b: &SecurityBinding) -> bool {
    matches!(
        b.properties().get(Id::WindowsIntegratedAuthPackage),
        Some(BindingProperty::WindowsIntegratedAuthPackage(
            WindowsIntegratedAuthPackage::Ntlm
        ))
    )
}

fn explicit_server_auth(b: &SecurityBinding) -> Option<bool> {
    match b.properties().get(Id::RequireServerAuth) {
        Some(BindingProperty::RequireServerAuth(v)) => Some(*v),
        _ => None,
    }
}

// T-040: a TCP SSPI client choosing NTLM must write require_server_auth = false (the default is true).
pub(super) fn ntlm_tcp_needs_explicit_server_auth_off(cx: &mut Ctx<'_>) {
    if cx.side() != Side::Client {
        return;
    }
    for (i, b) in cx.bindings().iter().enumerate() {
        if !matches!(b, SecurityBinding::TcpSspiTransport(_)) || !explicit_ntlm(b) {
            continue;
        }
        let found = explicit_server_auth(b);
        if found == Some(false) {
            continue;
        }
        let message = match found {
            Some(_) => format!(
                "{} selects the `ntlm` package, which cannot authenticate the server, but sets `require_server_auth = true`",
                cx.binding_label(i)
            ),
            None => format!(
                "{} selects the `ntlm` package, which cannot authenticate the server, while `require_server_auth` keeps its TCP default of true",
                cx.binding_label(i)
            ),
        };
        let at = if found.is_some() {
            At::BindingProperty(i, Id::RequireServerAuth)
        } else {
            At::BindingProperty(i, Id::WindowsIntegratedAuthPackage)
        };
        cx.emit("T-040", at, message, "prefer `kerberos` or `spnego`; if NTLM is really needed, set `require_server_auth = false`");
    }
}

// T-051: a named-pipe SSPI client choosing NTLM must not set require_server_auth = true.
pub(super) fn ntlm_namedpipe_conflicts_with_server_auth(cx: &mut Ctx<'_>) {
    if cx.side() != Side::Client {
        return;
    }
    for (i, b) in cx.bindings().iter().enumerate() {
        if matches!(b, SecurityBinding::NamedpipeSspiTransport(_))
            && explicit_ntlm(b)
            && explicit_server_auth(b) == Some(true)
        {
            let message = format!(
                "{} selects the `ntlm` package, which cannot authenticate the server, but sets `require_server_auth = true`",
                cx.binding_label(i)
            );
            cx.emit("T-051", At::BindingProperty(i, Id::RequireServerAuth), message, "choose `kerberos` or `spnego` to keep server authentication, or remove `require_server_auth`");
        }
    }
}
