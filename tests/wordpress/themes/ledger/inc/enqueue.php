<?php
/**
 * Stilmallar och skript. Allt ligger lokalt i temat – inga CDN:er.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

/**
 * Ladda temats CSS och JS.
 */
function ledger_enqueue_assets() {
	// Temahuvudet (style.css) laddas så att barnteman kan bygga vidare.
	wp_enqueue_style( 'ledger-style', get_stylesheet_uri(), array(), LEDGER_VERSION );
	wp_enqueue_style( 'ledger-main', LEDGER_URI . '/assets/css/main.css', array( 'ledger-style' ), LEDGER_VERSION );

	wp_enqueue_script( 'ledger-main', LEDGER_URI . '/assets/js/main.js', array(), LEDGER_VERSION, true );
	wp_localize_script(
		'ledger-main',
		'ledgerSettings',
		array(
			'cookieName'  => 'lg_cookie_consent',
			'alertKey'    => 'lg_alert_dismissed_' . md5( ledger_option( 'ledger_alert_text' ) ),
			'menuOpen'    => __( 'Öppna meny', 'ledger' ),
			'menuClose'   => __( 'Stäng meny', 'ledger' ),
		)
	);

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'ledger_enqueue_assets' );
