using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ItaBot.Reports;

/// <summary>Embeds photos as inline pictures, shrunk to fit a box but never enlarged past their natural size.</summary>
internal sealed class WordImages(MainDocumentPart main)
{
    public const long EmuPerTwip = 635;
    private const long EmuPerPixel = 9525;
    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    private uint nextId = 1;

    public Paragraph Picture(EvidencePhoto photo, long maxWidthEmu, long maxHeightEmu, string context)
    {
        var part = main.AddImagePart(ContentType(photo.ContentType, context));
        using (var data = new MemoryStream(photo.Bytes, writable: false))
        {
            part.FeedData(data);
        }

        var (cx, cy) = Fit(PixelSize.Read(photo.Bytes), maxWidthEmu, maxHeightEmu);
        var id = nextId++;
        var drawing = new Drawing(Inline(main.GetIdOfPart(part), id, cx, cy, photo.Caption ?? context));
        return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Caption }, new KeepNext()),
            new Run(drawing));
    }

    internal static (long Cx, long Cy) Fit(PixelSize size, long maxWidthEmu, long maxHeightEmu)
    {
        var naturalWidth = size.Width * EmuPerPixel;
        var naturalHeight = size.Height * EmuPerPixel;
        var scale = Math.Min(1.0, Math.Min((double)maxWidthEmu / naturalWidth, (double)maxHeightEmu / naturalHeight));
        return ((long)(naturalWidth * scale), (long)(naturalHeight * scale));
    }

    private static string ContentType(string contentType, string context) =>
        contentType.Trim().ToLowerInvariant() switch
        {
            "image/png" => "image/png",
            "image/jpeg" or "image/jpg" or "image/pjpeg" => "image/jpeg",
            "image/gif" => "image/gif",
            var other => throw new ArgumentException(
                $"รูปภาพประกอบ{context} เป็นชนิด {other} ซึ่งไม่รองรับ (รองรับ PNG, JPEG, GIF) / "
                + $"Photo for {context} has unsupported content type '{other}'; use image/png, image/jpeg or image/gif.",
                nameof(contentType)),
        };

    private static DW.Inline Inline(string relationshipId, uint id, long cx, long cy, string description) => new(
        new DW.Extent { Cx = cx, Cy = cy },
        new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
        new DW.DocProperties { Id = id, Name = $"Picture {id}", Description = description },
        new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
        new A.Graphic(new A.GraphicData(Picture(relationshipId, id, cx, cy)) { Uri = PictureUri }))
    {
        DistanceFromTop = 0U,
        DistanceFromBottom = 0U,
        DistanceFromLeft = 0U,
        DistanceFromRight = 0U,
    };

    private static PIC.Picture Picture(string relationshipId, uint id, long cx, long cy) => new(
        new PIC.NonVisualPictureProperties(
            new PIC.NonVisualDrawingProperties { Id = id, Name = $"photo{id}" },
            new PIC.NonVisualPictureDrawingProperties()),
        new PIC.BlipFill(
            new A.Blip { Embed = relationshipId },
            new A.Stretch(new A.FillRectangle())),
        new PIC.ShapeProperties(
            new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
}
