/// Declares a C enumeration: the Rust enum with the C discriminants, [`CEnum`](crate::CEnum),
/// `TryFrom<raw>`, `From<Self> for raw`, `Display`/`FromStr` on the canonical name, and serde
/// as the canonical name.
macro_rules! c_enum {
    (
        $(#[$meta:meta])*
        pub enum $ty:ident : $raw:ty = $name:literal, $c_name:literal, $doc:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $value:expr => $vname:literal, $vc_name:literal; )*
        }
    ) => {
        $(#[$meta])*
        #[doc = ""]
        #[doc = concat!("C type `", $c_name, "`; canonical name `", $name, "`.")]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $ty {
            $(
                $(#[$vmeta])*
                #[doc = concat!("`", $vname, "` = `", $vc_name, "`")]
                $variant,
            )*
        }

        impl $crate::CEnum for $ty {
            type Raw = $raw;
            const NAME: &'static str = $name;
            const C_NAME: &'static str = $c_name;
            const DOC: &'static str = $doc;
            const ALL: &'static [Self] = &[$($ty::$variant),*];
            const NAMES: &'static [&'static str] = &[$($vname),*];

            fn to_raw(self) -> $raw {
                match self {
                    $($ty::$variant => $value,)*
                }
            }

            #[allow(unreachable_patterns)]
            fn from_raw(raw: $raw) -> Result<Self, $crate::UnknownValue> {
                $(
                    if raw == $value {
                        return Ok($ty::$variant);
                    }
                )*
                Err($crate::UnknownValue { enumeration: $c_name, value: i64::from(raw) })
            }

            fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $vname,)*
                }
            }

            fn c_name(self) -> &'static str {
                match self {
                    $($ty::$variant => $vc_name,)*
                }
            }
        }

        impl TryFrom<$raw> for $ty {
            type Error = $crate::UnknownValue;
            fn try_from(raw: $raw) -> Result<Self, Self::Error> {
                <$ty as $crate::CEnum>::from_raw(raw)
            }
        }

        impl From<$ty> for $raw {
            fn from(value: $ty) -> $raw {
                <$ty as $crate::CEnum>::to_raw(value)
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::CEnum::name(*self))
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::UnknownName;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::enums::parse_name(s)
            }
        }


        #[cfg(feature = "files")]
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::CEnum::name(*self))
            }
        }

        /// A string naming one value (the file format's spelling).
        #[cfg(feature = "schema")]
        impl ::schemars::JsonSchema for $ty {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(stringify!($ty))
            }

            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                $crate::schema::c_enum_schema::<Self>()
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                $crate::enums::parse_name(&name).map_err(::serde::de::Error::custom)
            }
        }
    };
}
