"""The report's words in Swedish: the template writes English through ``_()``, and a report whose sites are all
Swedish reads in Swedish (``warehouse/queries/report_zone.sql`` decides). A word missing here stays English;
``tests/test_report.py`` checks that every ``_('…')`` in the template has its Swedish."""

from __future__ import annotations

from collections.abc import Callable

SWEDISH: dict[str, str] = {
    # Headings, navigation, notes
    "What the blog says, what changed, what readers are asked":
        "Vad bloggen säger, vad som ändrats, vad läsarna ombeds fylla i",
    "Generated": "Skapad",
    "from the published archive.": "ur det publicerade arkivet.",
    "All times are in the time zone": "Alla tider anges i tidszonen",
    "latest crawl": "senaste insamling",
    "All posts": "Alla inlägg",
    "Themes": "Teman",
    "Comment activity": "Kommentarsaktivitet",
    "Discussions": "Diskussioner",
    "Comment forms": "Kommentarsformulär",
    "Changes": "Ändringar",
    "Crawl health": "Insamlingens hälsa",
    "Every published post, newest first. Search by title, author, category or tag; click a title to read the post, "
    "its comments and its history.":
        "Alla publicerade inlägg, nyaste först. Sök på rubrik, författare, kategori eller etikett; klicka på en "
        "rubrik för att läsa inlägget, dess kommentarer och dess historik.",
    "The newest": "De",
    "are listed.": "nyaste visas.",
    "have a page here; the others link to the blog.": "nyaste har en egen sida här; övriga länkar till bloggen.",
    "Search": "Sök",
    "Year": "År",
    "all": "alla",
    "of": "av",
    "shown": "visas",
    "on the blog": "på bloggen",
    "Password-protected: the archive keeps no text.": "Lösenordsskyddat: arkivet sparar ingen text.",
    "the text goes on; read it on the blog.": "texten fortsätter; läs den på bloggen.",
    "History": "Historik",
    "No changes seen.": "Inga ändringar sedda.",
    "No comments.": "Inga kommentarer.",
    "more in the archive.": "till i arkivet.",
    "more.": "till.",
    "Themes per month": "Teman per månad",
    "Sentences that mention each theme, per month of publication (the number above a bar; hover for posts). "
    "Published posts only.":
        "Meningar som nämner varje tema, per publiceringsmånad (antalet står över stapeln; håll muspekaren över "
        "den för antal inlägg). Endast publicerade inlägg.",
    "No themes are defined.": "Inga teman är definierade.",
    "post(s)": "inlägg",
    "sentence(s)": "meningar",
    "No mentions yet.": "Inga omnämnanden än.",
    "Top posts and the sentences that mention it": "Inläggen som nämner det mest, och meningarna",
    "Comment activity over time": "Kommentarsaktivitet över tid",
    "Comments and posts by the month they were written, up to the last full month. Published posts and their "
    "comments only; pingbacks are not counted as comments.":
        "Kommentarer och inlägg efter den månad de skrevs, till och med den senaste hela månaden. Endast "
        "publicerade inlägg och deras kommentarer; pingbacks räknas inte som kommentarer.",
    "a month": "per månad",
    "on average": "i genomsnitt",
    "in": "på",
    "months": "månader",
    "busiest": "flest",
    "The axis leaves out months without any post or comment":
        "Axeln hoppar över månader utan inlägg och kommentarer",
    "Not in the charts, since the month is not over": "Inte med i diagrammen, eftersom månaden inte är slut",
    "No posts or comments yet.": "Inga inlägg eller kommentarer än.",
    "Nothing yet.": "Inget än.",
    "Most discussed posts": "Mest diskuterade inlägg",
    "The posts with the most comments, each with its comments in thread order (replies indented). Comments are "
    "shown as the readers wrote them, as plain text.":
        "Inläggen med flest kommentarer, var och en med sina kommentarer i trådordning (svar indragna). "
        "Kommentarerna visas som läsarna skrev dem, som ren text.",
    "comment(s)": "kommentarer",
    "Open all discussions": "Öppna alla diskussioner",
    "Close all discussions": "Stäng alla diskussioner",
    "The post": "Inlägget",
    "No comments yet.": "Inga kommentarer än.",
    "anonymous": "anonym",
    "Comment forms: what readers are asked": "Kommentarsformulär: vad läsarna ombeds fylla i",
    "Each published post's comment form as the latest crawl saw it. Nothing is ever submitted.":
        "Varje publicerat inläggs kommentarsformulär som den senaste insamlingen såg det. Inget skickas någonsin.",
    "Forms by kind and state": "Formulär efter typ och läge",
    "Required fields of the open forms": "Obligatoriska fält i de öppna formulären",
    "Log-in providers offered": "Inloggningstjänster som erbjuds",
    "No comment forms seen yet.": "Inga kommentarsformulär sedda än.",
    "No open form requires anything.": "Inget öppet formulär kräver något.",
    "No open form offers a log-in.": "Inget öppet formulär erbjuder inloggning.",
    "Changed since the previous crawl": "Ändrat sedan förra insamlingen",
    "No comment form changed (or there is no previous crawl to compare with).":
        "Inget kommentarsformulär har ändrats (eller så finns ingen tidigare insamling att jämföra med).",
    "Posts open for comments": "Inlägg öppna för kommentarer",
    "No post is open for comments.": "Inget inlägg är öppet för kommentarer.",
    "Changes since the previous crawl": "Ändringar sedan förra insamlingen",
    "first successful crawl: everything it found is new": "första lyckade insamlingen: allt den hittade är nytt",
    "No sites yet.": "Inga webbplatser än.",
    "New posts": "Nya inlägg",
    "Deleted posts": "Borttagna inlägg",
    "Edited posts": "Redigerade inlägg",
    "New comments": "Nya kommentarer",
    "Removed comments": "Borttagna kommentarer",
    "data check(s) found problems in the latest crawl": "datakontroller hittade problem i den senaste insamlingen",
    "All": "Alla",
    "data checks passed in the latest crawl": "datakontroller godkändes i den senaste insamlingen",
    "the page reading agreed with the REST API on": "sidläsningen stämde med REST-API:t för",
    "posts (title, date, author, categories, tags); body text similarity":
        "inlägg (rubrik, datum, författare, kategorier, etiketter); brödtextens likhet",
    "lowest": "lägst",
    "row(s)": "rader",
    "Latest crawls": "Senaste insamlingar",
    "No crawls yet.": "Inga insamlingar än.",
    "Dropped in the latest crawl": "Bortfall i den senaste insamlingen",
    "Nothing dropped.": "Inget bortfall.",
    "Quarantined records": "Poster i karantän",
    "Nothing quarantined.": "Inget i karantän.",
    "No posts yet.": "Inga inlägg än.",
    "Made by wparchive from the published archive. This file is self-contained: it loads nothing from the "
    "network. Click a column heading to sort a table.":
        "Skapad av wparchive ur det publicerade arkivet. Filen är fristående: den hämtar inget från nätet. "
        "Klicka på en kolumnrubrik för att sortera en tabell.",
    # Column headings and labels
    "Site": "Webbplats", "Published": "Publicerat", "Post": "Inlägg", "Author": "Författare",
    "Comments": "Kommentarer", "Comment form": "Kommentarsformulär", "Edits": "Redigeringar", "Posts": "Inlägg",
    "Pingbacks": "Pingbacks", "Kind": "Typ", "State": "Läge", "Log-in required": "Inloggning krävs",
    "Field": "Fält", "Open forms": "Öppna formulär", "Provider": "Tjänst", "Change": "Ändring", "Open": "Öppet",
    "Required fields": "Obligatoriska fält", "Log-in providers": "Inloggningstjänster", "Cookie box": "Cookie-ruta",
    "Subscriptions": "Prenumerationer", "Latest crawl": "Senaste insamling",
    "Compared with the crawl of": "Jämfört med insamlingen", "Seen": "Sett", "Missing since": "Saknas sedan",
    "Seen edited": "Sett redigerat", "What changed": "Vad som ändrats", "Written": "Skriven", "Who": "Vem",
    "On": "På", "Comment": "Kommentar", "Started": "Startad", "Status": "Status", "Duration": "Tid",
    "Requests": "Anrop", "Dropped": "Bortfall", "Quarantined": "Karantän", "Deleted": "Borttagna",
    "Removed": "Borttagna", "Complete": "Fullständig", "Reason": "Orsak", "Count": "Antal", "Example": "Exempel",
    "Records of": "Poster av typ", "required fields": "obligatoriska fält", "log-in": "inloggning",
    "posts": "inlägg", "comments": "kommentarer", "open for comments": "öppna för kommentarer",
    # An erased commenter (wparchive forget): the comment keeps its place in the thread
    "[erased]": "[raderad]",
    "[This comment was erased at its writer’s request]": "[Kommentaren är raderad på skribentens begäran]",
    # The media audit
    "Images": "Bilder", "Images: alt text and broken pictures": "Bilder: alt-text och trasiga bilder",
    "images on published posts;": "bilder i publicerade inlägg;",
    "without alt text (screen readers need it: an accessibility requirement),":
        "utan alt-text (skärmläsare behöver den: ett tillgänglighetskrav),",
    "broken,": "trasiga,", "not fetched.": "inte hämtade.", "Per author": "Per författare",
    "Without alt text": "Utan alt-text", "Broken": "Trasiga", "No images archived yet.": "Inga bilder arkiverade än.",
    "Images that need attention": "Bilder som behöver åtgärdas", "Image": "Bild", "Problem": "Problem",
    "no alt text": "ingen alt-text", "not fetched": "inte hämtad",
    "Every image has alt text and loads.": "Alla bilder har alt-text och laddas.",
    "Images added or removed in the latest crawl": "Bilder som lagts till eller tagits bort i senaste insamlingen",
    "added": "tillagd", "removed": "borttagen", "No image was added or removed.": "Ingen bild har lagts till eller tagits bort.",
    # Values shown as words
    "open": "öppet", "closed": "stängt", "no form": "inget formulär", "none": "ingen",
    "succeeded": "lyckades", "failed": "misslyckades", "interrupted": "avbruten",
    "new": "ny", "changed": "ändrat", "not seen": "inte sett", "yes": "ja", "no": "nej",
    "comment_posts": "kommentarer", "comment_forms": "kommentarsformulär",
    "post_new": "arkiverat första gången", "post_edited": "redigerat", "post_restored": "återställt",
    "post_deleted": "borttaget", "comment_new": "ny kommentar", "comment_removed": "kommentar borttagen",
    "form_opened": "formuläret öppnat", "form_closed": "formuläret stängt", "form_changed": "formuläret ändrat",
    "form_first_open": "formuläret sett första gången, öppet",
    "form_first_closed": "formuläret sett första gången, stängt",
    "form_first_none": "inget kommentarsformulär sett första gången",
}

# How the few machine words the reader sees read in English.
ENGLISH: dict[str, str] = {
    "post_new": "first archived", "post_edited": "edited", "post_restored": "restored", "post_deleted": "deleted",
    "comment_new": "new comment", "comment_removed": "comment removed", "form_opened": "form opened",
    "form_closed": "form closed", "form_changed": "form changed", "form_first_open": "form first seen, open",
    "form_first_closed": "form first seen, closed", "form_first_none": "no comment form at first sight",
    "comment_forms": "comment forms",
}


def translator(language: str) -> Callable[[str], str]:
    """``_`` for the template: Swedish words for ``sv``, English otherwise (the template's own words)."""
    words = SWEDISH if language == "sv" else ENGLISH
    return lambda text: words.get(text, text)
