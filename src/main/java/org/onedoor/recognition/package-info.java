/**
 * Optical character recognition with the system Tesseract (Vietnamese, English, Indonesian data) through a
 * bounded, time-limited pool of processes, and recognition of what a scanned document is (type and key fields).
 * Where Tesseract is not installed the application still runs and says OCR is unavailable.
 * API: {@link org.onedoor.recognition.TextRecognizer}, {@link org.onedoor.recognition.DocumentRecognizer}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recognition (OCR)")
package org.onedoor.recognition;
