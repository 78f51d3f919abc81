// required (S-039): a username proxy template needs the user name and password it sends; the
// member was not written at all, so the error is shown at the `template` key, and its help is
// in the macro's syntax.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        template: http_ssl_username,
        ssl_transport_security_binding {}
    };
}
