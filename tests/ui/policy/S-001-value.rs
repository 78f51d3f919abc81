// value (S-001): the template type is one of the 14 names, with the nearest one suggested.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        template: http_ssl_usrname,
    };
}
