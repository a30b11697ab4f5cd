package com.repaero.supplier.shipment.domain;

/** Label file formats: outputPrintingType values, with the media type and extension of the downloaded file. */
public enum LabelFormat {
    PDF_10x15_300dpi("application/pdf", "pdf"), ZPL_10x15_203dpi("x-application/zpl", "zpl");

    private final String mediaType;
    private final String extension;

    LabelFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
