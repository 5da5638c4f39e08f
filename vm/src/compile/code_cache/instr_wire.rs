//! A minimal serde format for [`Instr`] (and the operator enums inside it), used by the code
//! cache's codec. An enum value is one byte (its variant index) followed by its payload, if
//! any: a `u32` as 4 little-endian bytes, a `bool` as one byte, an operator enum as its variant
//! byte. Nothing else in serde's data model is supported: every other method fails, so a
//! change to `Instr` that adds another payload type fails loudly in the round-trip test
//! instead of writing something this reader cannot read.
//!
//! The reader is total: any byte string either decodes or returns an error (a variant index
//! out of range is rejected by the derived visitor), never panics.

use serde::de::{self, DeserializeSeed, EnumAccess, VariantAccess, Visitor};
use serde::ser::{self, Impossible};
use serde::{Deserialize, Serialize};

use crate::bytecode::Instr;

/// A failure of the format (an unsupported type, or malformed input).
#[derive(Debug)]
pub struct WireError(String);

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for WireError {}
impl ser::Error for WireError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        WireError(msg.to_string())
    }
}
impl de::Error for WireError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        WireError(msg.to_string())
    }
}

fn unsupported<T>() -> Result<T, WireError> {
    Err(WireError("type not supported by the instruction wire format".into()))
}

/// Appends `i` to `out`.
pub fn write_instr(out: &mut Vec<u8>, i: &Instr) -> Result<(), WireError> {
    i.serialize(&mut Writer(out))
}

/// Reads one instruction at `*pos`, advancing it.
pub fn read_instr(buf: &[u8], pos: &mut usize) -> Result<Instr, WireError> {
    let mut r = Reader { buf, pos: *pos };
    let i = Instr::deserialize(&mut r)?;
    *pos = r.pos;
    Ok(i)
}

struct Writer<'a>(&'a mut Vec<u8>);

fn variant_byte(ix: u32) -> Result<u8, WireError> {
    u8::try_from(ix).map_err(|_| WireError("more than 256 variants".into()))
}

impl<'a> ser::Serializer for &mut Writer<'a> {
    type Ok = ();
    type Error = WireError;
    type SerializeSeq = Impossible<(), WireError>;
    type SerializeTuple = Impossible<(), WireError>;
    type SerializeTupleStruct = Impossible<(), WireError>;
    type SerializeTupleVariant = Impossible<(), WireError>;
    type SerializeMap = Impossible<(), WireError>;
    type SerializeStruct = Impossible<(), WireError>;
    type SerializeStructVariant = Impossible<(), WireError>;

    fn serialize_bool(self, v: bool) -> Result<(), WireError> {
        self.0.push(v as u8);
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), WireError> {
        self.0.extend_from_slice(&v.to_le_bytes());
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, ix: u32, _: &'static str) -> Result<(), WireError> {
        self.0.push(variant_byte(ix)?);
        Ok(())
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        ix: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), WireError> {
        self.0.push(variant_byte(ix)?);
        value.serialize(self)
    }

    fn serialize_i8(self, _: i8) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_i16(self, _: i16) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_i32(self, _: i32) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_i64(self, _: i64) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_u8(self, _: u8) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_u16(self, _: u16) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_u64(self, _: u64) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_f32(self, _: f32) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_f64(self, _: f64) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_char(self, _: char) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_str(self, _: &str) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_none(self) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_unit(self) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, _: &T) -> Result<(), WireError> {
        unsupported()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, WireError> {
        unsupported()
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, WireError> {
        unsupported()
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, WireError> {
        unsupported()
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, WireError> {
        unsupported()
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, WireError> {
        unsupported()
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, WireError> {
        unsupported()
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, WireError> {
        unsupported()
    }
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, WireError> {
        let b = *self.buf.get(self.pos).ok_or_else(|| WireError("truncated".into()))?;
        self.pos += 1;
        Ok(b)
    }
}

impl<'de> de::Deserializer<'de> for &mut Reader<'_> {
    type Error = WireError;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, WireError> {
        unsupported()
    }
    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, WireError> {
        match self.byte()? {
            0 => v.visit_bool(false),
            1 => v.visit_bool(true),
            _ => Err(WireError("bad bool".into())),
        }
    }
    fn deserialize_u32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, WireError> {
        let b = self.buf.get(self.pos..self.pos + 4).ok_or_else(|| WireError("truncated".into()))?;
        self.pos += 4;
        v.visit_u32(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, WireError> {
        let b = self.byte()?;
        v.visit_u64(u64::from(b))
    }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, WireError> {
        v.visit_enum(self)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct ignored_any
    }
}

impl<'de> EnumAccess<'de> for &mut Reader<'_> {
    type Error = WireError;
    type Variant = Self;
    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self), WireError> {
        let v = seed.deserialize(&mut *self)?;
        Ok((v, self))
    }
}

impl<'de> VariantAccess<'de> for &mut Reader<'_> {
    type Error = WireError;
    fn unit_variant(self) -> Result<(), WireError> {
        Ok(())
    }
    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, WireError> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, WireError> {
        unsupported()
    }
    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], _: V) -> Result<V::Value, WireError> {
        unsupported()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::{BinOp, CmpOp, UnaryOp};

    #[test]
    fn instructions_round_trip() {
        let all = [
            Instr::Nop,
            Instr::LoadFast(7),
            Instr::Jump(u32::MAX),
            Instr::BinaryOp(BinOp::Xor),
            Instr::InplaceOp(BinOp::Add),
            Instr::CompareOp(CmpOp::Ge),
            Instr::Unary(UnaryOp::Invert),
            Instr::IsOp(true),
            Instr::ContainsOp(false),
            Instr::MatchClass(3),
        ];
        let mut buf = Vec::new();
        for i in &all {
            write_instr(&mut buf, i).unwrap();
        }
        let mut pos = 0;
        for i in &all {
            assert_eq!(read_instr(&buf, &mut pos).unwrap(), *i);
        }
        assert_eq!(pos, buf.len());
    }

    #[test]
    fn malformed_input_is_an_error() {
        assert!(read_instr(&[255], &mut 0).is_err());
        assert!(read_instr(&[], &mut 0).is_err());
        let mut buf = Vec::new();
        write_instr(&mut buf, &Instr::LoadFast(1)).unwrap();
        assert!(read_instr(&buf[..3], &mut 0).is_err());
    }
}
