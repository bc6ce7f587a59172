<?php
/**
 * Elementor Pro Popup: Cookie-banner (elementor_library #880).
 * Skrivs ut i wp_footer på alla sidor (villkor "Hela webbplatsen",
 * utlösare "Sidladdning", visas inte igen efter att ha stängts).
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

bygge_document_open(
	BYGGE_TPL_POPUP_COOKIES,
	'popup',
	'popup',
	[
		'settings' => [
			'entrance_animation'                => 'fadeInUp',
			'exit_animation'                    => 'fadeInUp',
			'entrance_animation_duration'       => [
				'unit'  => 'px',
				'size'  => 0.5,
				'sizes' => [],
			],
			'prevent_close_on_background_click' => 'yes',
			'prevent_close_on_esc_key'          => 'yes',
			'a11y_navigation'                   => 'yes',
			'triggers'                          => [
				'page_load_delay' => 1,
				'page_load'       => 'yes',
			],
			'timing'                            => [
				'times_times' => 1,
				'times_count' => 'close',
				'times'       => 'yes',
			],
		],
	]
);

bygge_section_open( '3e7a1c9', [ 'settings' => [ 'background_background' => 'classic' ] ] );
bygge_column_open( 'b2d0f64', 66 );
bygge_heading_widget( '0f5c8a3', 'Vi använder kakor', 'h5' );
bygge_text_editor_widget(
	'7a3e9d1',
	'<p>Vi använder nödvändiga kakor för att webbplatsen ska fungera och, om du godkänner det, analyskakor för att förstå hur webbplatsen används. Läs mer i vår <a href="' . esc_url( home_url( '/integritetspolicy/' ) ) . '">integritetspolicy</a>.</p>'
);
bygge_column_close();
bygge_column_open( '5c9b2e0', 33 );
bygge_widget(
	'd8f1a47',
	'button',
	'button.default',
	static function () {
		bygge_render_button( 'Godkänn alla', '#elementor-action%3Aaction%3Dpopup%3Aclose%26settings%3DeyJkb19ub3Rfc2hvd19hZ2FpbiI6InllcyJ9' );
	},
	[ 'prefix_classes' => [ 'elementor-align-justify' ] ]
);
bygge_widget(
	'1e6c0b3',
	'button',
	'button.default',
	static function () {
		bygge_render_button( 'Endast nödvändiga', '#elementor-action%3Aaction%3Dpopup%3Aclose%26settings%3DeyJkb19ub3Rfc2hvd19hZ2FpbiI6InllcyJ9' );
	},
	[ 'prefix_classes' => [ 'elementor-align-justify' ] ]
);
bygge_column_close();
bygge_section_close();

bygge_document_close();
