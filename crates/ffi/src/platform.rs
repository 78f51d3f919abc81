//! The few WWSAPI calls the crate makes itself (Windows only).

use crate::callback::CallbackError;
use std::ptr::{null, null_mut};
use windows_sys::Win32::Networking::WindowsWebServices::{
    WsCreateHeap, WsCreateWriter, WsFreeHeap, WsFreeWriter, WsWriteXmlBufferToBytes, WS_HEAP,
    WS_XML_BUFFER, WS_XML_WRITER,
};

/// The largest assertion [`xml_buffer_to_bytes`] writes out.
const MAX_XML_BYTES: usize = 64 << 20;

/// Writes an XML buffer out as UTF-8 text (`WsWriteXmlBufferToBytes` with the default encoding).
pub(crate) fn xml_buffer_to_bytes(buffer: *const WS_XML_BUFFER) -> Result<Vec<u8>, CallbackError> {
    let check = |hr: i32| {
        if hr < 0 {
            Err(CallbackError::from_hresult(hr))
        } else {
            Ok(())
        }
    };
    let mut heap: *mut WS_HEAP = null_mut();
    let mut writer: *mut WS_XML_WRITER = null_mut();
    // SAFETY: plain WWSAPI calls with valid out-pointers; both objects are freed below on
    // every path, and the bytes live in the heap until they are copied.
    unsafe {
        let result = (|| {
            check(WsCreateHeap(MAX_XML_BYTES, 0, null(), 0, &mut heap, null()))?;
            check(WsCreateWriter(null(), 0, &mut writer, null()))?;
            let mut bytes: *mut std::ffi::c_void = null_mut();
            let mut length = 0_u32;
            check(WsWriteXmlBufferToBytes(
                writer,
                buffer,
                null(),
                null(),
                0,
                heap,
                &mut bytes,
                &mut length,
                null(),
            ))?;
            if bytes.is_null() || length == 0 {
                return Ok(Vec::new());
            }
            Ok(std::slice::from_raw_parts(bytes.cast::<u8>(), length as usize).to_vec())
        })();
        if !writer.is_null() {
            WsFreeWriter(writer);
        }
        if !heap.is_null() {
            WsFreeHeap(heap);
        }
        result
    }
}
