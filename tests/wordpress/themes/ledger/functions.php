<?php
/**
 * Ledger – temats startpunkt.
 *
 * All logik är uppdelad i filer under /inc enligt byråns standardupplägg.
 * Lägg inte kod direkt här; skapa en ny fil i /inc och inkludera den nedan.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

define( 'LEDGER_VERSION', '1.4.2' );
define( 'LEDGER_DIR', get_template_directory() );
define( 'LEDGER_URI', get_template_directory_uri() );

$ledger_includes = array(
	'/inc/setup.php',            // Temastöd, menyer, bildstorlekar, widgetytor.
	'/inc/cleanup.php',          // Städning av wp_head m.m.
	'/inc/enqueue.php',          // CSS och JS.
	'/inc/customizer.php',       // Kontaktuppgifter, informationsfält, sociala medier.
	'/inc/icons.php',            // Inline-SVG-ikoner.
	'/inc/template-tags.php',    // Hjälpfunktioner för mallarna.
	'/inc/breadcrumbs.php',      // Brödsmulor "Start / Blogg / …".
	'/inc/class-ledger-mega-menu-walker.php', // Megamenyn.
	'/inc/comments.php',         // Kommentarskort, kommentarsformulär, GDPR-samtycke.
);

foreach ( $ledger_includes as $ledger_file ) {
	require_once LEDGER_DIR . $ledger_file;
}
unset( $ledger_file, $ledger_includes );
