// A declaration with errors still has its type, so the code using it reports nothing more.
use wws_security::security_binding;

fn main() {
    let endpoint = security_binding! {
        side: client,
        channel_binding: htp,
    };
    let side: wws_security::model::Side = endpoint.side;
    let (validated, _runtime) = endpoint.into_parts();
    println!("{side} {:?}", validated.channel_binding);
}
