<?php
/**
 * Elementor Pro Theme Builder: Footer (elementor_library #37).
 * Nyhetsbrevsformulär (Form-widgeten), senaste inläggen, kontaktuppgifter.
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

bygge_document_open( BYGGE_TPL_FOOTER, 'footer', 'footer', [ 'tag' => 'footer' ] );

/* Nyhetsbrevsband */
bygge_section_open(
	'0b5e7d3',
	[
		'settings' => [ 'background_background' => 'classic' ],
		'overlay'  => true,
	]
);
bygge_column_open( '6d1a8c2', 50 );
bygge_heading_widget( 'e8c4f01', 'Få våra bästa tips om kommunikation', 'h3' );
bygge_text_editor_widget( '3f9b2d6', '<p>Ett nyhetsbrev i månaden om hyresgästdialog, varumärke och digitala kanaler. Inget spam, lovar.</p>' );
bygge_column_close();
bygge_column_open( 'a47e0b5', 50 );
bygge_widget(
	'5b2c8e7',
	'form',
	'form.default',
	static function () {
		bygge_render_newsletter_form( '5b2c8e7', BYGGE_TPL_FOOTER );
	},
	[
		'prefix_classes' => [ 'elementor-button-align-stretch' ],
		'settings'       => [
			'step_next_label'     => 'Nästa',
			'step_previous_label' => 'Föregående',
			'button_width'        => '100',
			'step_type'           => 'number_text',
			'step_icon_shape'     => 'circle',
		],
	]
);
bygge_column_close();
bygge_section_close();

/* Fyra kolumner */
bygge_section_open( '9c0f6a1', [ 'settings' => [ 'background_background' => 'classic' ] ] );

bygge_column_open( '2a5d7e4', 25 );
bygge_widget(
	'4e1b9c0',
	'theme-site-logo',
	'theme-site-logo.default',
	'bygge_render_site_logo',
	[
		'after_classes' => [ 'elementor-widget-image' ],
		'css'           => 'image',
	]
);
bygge_text_editor_widget( 'b3f8a26', '<p>Bygge Kommunikation AB är en kommunikationsbyrå i Stockholm för bostads- och fastighetsbranschen. Vi har funnits sedan 2009.</p>' );
bygge_widget( '7d9e3b1', 'social-icons', 'social-icons.default', 'bygge_render_social_icons', [ 'prefix_classes' => [ 'elementor-shape-rounded', 'elementor-grid-0' ] ] );
bygge_column_close();

bygge_column_open( 'c8e2f04', 25 );
bygge_heading_widget( '1b6a0d9', 'Kontakt', 'h5' );
bygge_widget(
	'f5c3e82',
	'icon-list',
	'icon-list.default',
	static function () {
		bygge_render_icon_list(
			[
				[
					'text' => 'Hornsgatan 12, 118 20 Stockholm',
					'icon' => 'fas fa-map-marker-alt',
					'url'  => 'https://goo.gl/maps/bygge',
				],
				[
					'text' => '08-123 456 78',
					'icon' => 'fas fa-phone-alt',
					'url'  => 'tel:+46812345678',
				],
				[
					'text' => 'hej@bygge.se',
					'icon' => 'far fa-envelope',
					'url'  => 'mailto:hej@bygge.se',
				],
				[
					'text' => 'Mån–fre 8.30–17.00',
					'icon' => 'far fa-clock',
					'url'  => '',
				],
			]
		);
	},
	[ 'prefix_classes' => [ 'elementor-icon-list--layout-traditional', 'elementor-list-item-link-full_width' ] ]
);
bygge_column_close();

bygge_column_open( '0e4d7a9', 25 );
bygge_heading_widget( '6a3f1c5', 'Senaste från bloggen', 'h5' );
bygge_widget(
	'8b0e2d4',
	'posts',
	'posts.classic',
	static function () {
		$q = new WP_Query(
			[
				'post_type'           => 'post',
				'posts_per_page'      => 3,
				'ignore_sticky_posts' => true,
				'no_found_rows'       => true,
			]
		);
		bygge_render_posts_query(
			$q,
			[
				'skin'           => 'classic',
				'thumbnail_size' => '',
				'meta'           => [ 'date' ],
				'excerpt'        => false,
				'read_more'      => '',
				'title_tag'      => 'h6',
			]
		);
	},
	[
		'prefix_classes' => [ 'elementor-grid-1', 'elementor-grid-tablet-1', 'elementor-grid-mobile-1', 'elementor-posts--thumbnail-none' ],
		'settings'       => [
			'classic_columns'        => '1',
			'classic_columns_tablet' => '1',
			'classic_columns_mobile' => '1',
		],
	]
);
bygge_column_close();

bygge_column_open( '5f2b8c3', 25 );
bygge_heading_widget( 'd7a4e19', 'Genvägar', 'h5' );
bygge_widget(
	'3c8f0a6',
	'icon-list',
	'icon-list.default',
	static function () {
		bygge_render_icon_list(
			[
				[
					'text' => 'Tjänster',
					'icon' => 'fas fa-angle-right',
					'url'  => home_url( '/tjanster/' ),
				],
				[
					'text' => 'Case',
					'icon' => 'fas fa-angle-right',
					'url'  => home_url( '/case/' ),
				],
				[
					'text' => 'Jobba hos oss',
					'icon' => 'fas fa-angle-right',
					'url'  => home_url( '/jobba-hos-oss/' ),
				],
				[
					'text' => 'Integritetspolicy',
					'icon' => 'fas fa-angle-right',
					'url'  => home_url( '/integritetspolicy/' ),
				],
				[
					'text' => 'Cookieinställningar',
					'icon' => 'fas fa-angle-right',
					'url'  => '#elementor-action%3Aaction%3Dpopup%3Aopen%26settings%3DeyJpZCI6Ijg4MCIsInRvZ2dsZSI6ZmFsc2V9',
				],
			]
		);
	},
	[ 'prefix_classes' => [ 'elementor-icon-list--layout-traditional', 'elementor-list-item-link-full_width' ] ]
);
bygge_column_close();

bygge_section_close();

/* Copyright */
bygge_section_open( 'e1c9b57', [ 'settings' => [ 'background_background' => 'classic' ] ] );
bygge_column_open( '4b7d2a0', 50 );
bygge_widget(
	'9d5f3e8',
	'heading',
	'heading.default',
	bygge_heading_html( '© ' . wp_date( 'Y' ) . ' Bygge Kommunikation AB. Org.nr 556789-1234', 'p', '', 'small' ),
	[ 'css' => 'heading' ]
);
bygge_column_close();
bygge_column_open( '8a0e6c1', 50 );
bygge_widget(
	'2f6b9d3',
	'heading',
	'heading.default',
	bygge_heading_html( 'Webbplatsen byggd med omtanke av Bygge', 'p', '', 'small' ),
	[
		'prefix_classes' => [ 'elementor-widget__width-auto' ],
		'css'            => 'heading',
	]
);
bygge_column_close();
bygge_section_close();

bygge_document_close( 'footer' );
