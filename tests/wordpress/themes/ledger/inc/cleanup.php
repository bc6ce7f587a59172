<?php
/**
 * Byråns standardstädning av <head>. Tar bort sådant som kunden inte använder
 * (och emoji-skriptet som annars hämtar bilder från en extern server).
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

remove_action( 'wp_head', 'wp_generator' );
remove_action( 'wp_head', 'wlwmanifest_link' );
remove_action( 'wp_head', 'rsd_link' );
remove_action( 'wp_head', 'wp_shortlink_wp_head' );
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );
remove_action( 'admin_print_styles', 'print_emoji_styles' );
remove_filter( 'the_content_feed', 'wp_staticize_emoji' );
remove_filter( 'comment_text_rss', 'wp_staticize_emoji' );
remove_filter( 'wp_mail', 'wp_staticize_emoji_for_email' );

/**
 * Ta bort emoji-CDN:ens dns-prefetch.
 *
 * @param array  $urls          URL:er.
 * @param string $relation_type Typ.
 * @return array
 */
function ledger_remove_emoji_prefetch( $urls, $relation_type ) {
	if ( 'dns-prefetch' === $relation_type ) {
		$urls = array_filter(
			$urls,
			static function ( $url ) {
				return is_string( $url ) ? false === strpos( $url, 's.w.org' ) : true;
			}
		);
	}
	return $urls;
}
add_filter( 'wp_resource_hints', 'ledger_remove_emoji_prefetch', 10, 2 );

// Obs! Temat anropar inte get_avatar() i frontend (inga Gravatar-anrop från besökarens
// webbläsare). Kommentarskort och kontaktpersonkort visar initialer/platshållare i stället.
