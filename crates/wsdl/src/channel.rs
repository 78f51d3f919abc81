//! The three channel properties a policy can carry (envelope version, addressing version and
//! encoding), with the names of the naming rule and the C numbers. The security model does not
//! hold channel properties; these values go into a template's policy description.

use serde::Serialize;

macro_rules! channel_enum {
    ($(#[$meta:meta])* $ty:ident { $($variant:ident = $value:expr => $name:literal, $c:literal;)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $ty {
            $(#[doc = concat!("`", $name, "` = `", $c, "`")] $variant,)*
        }

        impl $ty {
            /// Every value, in numeric order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];

            /// The name of the naming rule.
            pub fn name(self) -> &'static str {
                match self { $($ty::$variant => $name,)* }
            }

            /// The C name.
            pub fn c_name(self) -> &'static str {
                match self { $($ty::$variant => $c,)* }
            }

            /// The C number.
            pub fn to_raw(self) -> i32 {
                match self { $($ty::$variant => $value,)* }
            }
        }

        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.name())
            }
        }
    };
}

channel_enum! {
    /// `WS_ENVELOPE_VERSION`: which SOAP binding element the WSDL binding uses.
    EnvelopeVersion {
        Soap1_1 = 1 => "soap_1_1", "WS_ENVELOPE_VERSION_SOAP_1_1";
        Soap1_2 = 2 => "soap_1_2", "WS_ENVELOPE_VERSION_SOAP_1_2";
    }
}

channel_enum! {
    /// `WS_ADDRESSING_VERSION`: from the policy's `UsingAddressing` assertion; none is `transport`.
    AddressingVersion {
        V0_9 = 1 => "v0_9", "WS_ADDRESSING_VERSION_0_9";
        V1_0 = 2 => "v1_0", "WS_ADDRESSING_VERSION_1_0";
        Transport = 3 => "transport", "WS_ADDRESSING_VERSION_TRANSPORT";
    }
}

channel_enum! {
    /// `WS_ENCODING`. Policy names only the family (binary, MTOM or text); the session form
    /// and the character set are the program's choice, so a policy allows a set of these.
    Encoding {
        XmlBinary1 = 0 => "xml_binary_1", "WS_ENCODING_XML_BINARY_1";
        XmlBinarySession1 = 1 => "xml_binary_session_1", "WS_ENCODING_XML_BINARY_SESSION_1";
        XmlMtomUtf8 = 2 => "xml_mtom_utf8", "WS_ENCODING_XML_MTOM_UTF8";
        XmlMtomUtf16be = 3 => "xml_mtom_utf16be", "WS_ENCODING_XML_MTOM_UTF16BE";
        XmlMtomUtf16le = 4 => "xml_mtom_utf16le", "WS_ENCODING_XML_MTOM_UTF16LE";
        XmlUtf8 = 5 => "xml_utf8", "WS_ENCODING_XML_UTF8";
        XmlUtf16be = 6 => "xml_utf16be", "WS_ENCODING_XML_UTF16BE";
        XmlUtf16le = 7 => "xml_utf16le", "WS_ENCODING_XML_UTF16LE";
        Raw = 8 => "raw", "WS_ENCODING_RAW";
    }
}

/// The encoding family a policy announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EncodingFamily {
    Text,
    Binary,
    Mtom,
}

impl EncodingFamily {
    /// The encodings the family allows (metadata mapping § Message Encoding).
    pub(crate) fn encodings(self) -> Vec<Encoding> {
        match self {
            EncodingFamily::Text => vec![
                Encoding::XmlUtf8,
                Encoding::XmlUtf16le,
                Encoding::XmlUtf16be,
            ],
            EncodingFamily::Binary => vec![Encoding::XmlBinarySession1, Encoding::XmlBinary1],
            EncodingFamily::Mtom => vec![
                Encoding::XmlMtomUtf8,
                Encoding::XmlMtomUtf16le,
                Encoding::XmlMtomUtf16be,
            ],
        }
    }
}

/// The channel properties policy and WSDL give an endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChannelValues {
    /// From the SOAP binding element; `None` for a bare policy document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub envelope_version: Option<EnvelopeVersion>,
    /// From `UsingAddressing`, else `transport`.
    pub addressing_version: AddressingVersion,
    /// The encodings the policy allows.
    pub encoding: Vec<Encoding>,
}
