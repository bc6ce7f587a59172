<?php
/**
 * Elementor Pro Theme Builder: Archive (elementor_library #251),
 * villkor "Arkiv > Alla arkiv" (gäller även bloggsidan och sökresultat).
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Elementor Pro Utils::get_page_title( true ) – arkivrubriken med kontext.
 *
 * @return string HTML.
 */
if ( ! function_exists( 'bygge_archive_title' ) ) :
function bygge_archive_title() { // phpcs:ignore
	$title = '';
	if ( is_search() ) {
		$title = sprintf( 'Sökresultat för: %s', esc_html( get_search_query() ) );
		if ( get_query_var( 'paged' ) ) {
			$title .= sprintf( '&nbsp;&ndash; Sida %s', (int) get_query_var( 'paged' ) );
		}
	} elseif ( is_category() ) {
		$title = sprintf( 'Kategori: %s', single_cat_title( '', false ) );
	} elseif ( is_tag() ) {
		$title = sprintf( 'Etikett: %s', single_tag_title( '', false ) );
	} elseif ( is_author() ) {
		$title = sprintf( 'Författare: %s', '<span class="vcard">' . esc_html( (string) get_the_author_meta( 'display_name', (int) get_query_var( 'author' ) ) ) . '</span>' );
	} elseif ( is_year() ) {
		$title = sprintf( 'År: %s', get_the_date( 'Y' ) );
	} elseif ( is_month() ) {
		$title = sprintf( 'Månad: %s', get_the_date( 'F Y' ) );
	} elseif ( is_day() ) {
		$title = sprintf( 'Dag: %s', get_the_date( 'F j, Y' ) );
	} elseif ( is_post_type_archive() ) {
		$title = sprintf( 'Arkiv: %s', post_type_archive_title( '', false ) );
	} elseif ( is_tax() ) {
		$title = single_term_title( '', false );
	} elseif ( is_archive() ) {
		$title = 'Arkiv';
	}
	// is_home(): ingen gren i get_page_title() => tom rubrik => widgeten skrivs inte ut.
	return $title;
}
endif;

bygge_document_open( BYGGE_TPL_ARCHIVE, 'archive', 'archive' );

bygge_section_open(
	'1a8f4c6',
	[
		'settings' => [ 'background_background' => 'classic' ],
		'overlay'  => true,
	]
);
bygge_column_open( '7e2d9b0', 100 );
bygge_widget(
	'c4b0e73',
	'theme-archive-title',
	'theme-archive-title.default',
	bygge_heading_html( bygge_archive_title(), 'h1' ),
	[
		'after_classes' => [ 'elementor-page-title', 'elementor-widget-heading' ],
		'css'           => 'heading',
	]
);
if ( is_category() || is_tag() ) {
	bygge_widget( '9f3e1a5', 'theme-archive-description', 'theme-archive-description.default', wp_kses_post( term_description() ) );
}
bygge_column_close();
bygge_section_close();

bygge_section_open( '5d6a2e8' );
bygge_column_open( 'f0b7c12', 100 );
bygge_widget(
	'2e9d4f1',
	'archive-posts',
	'archive-posts.archive_cards',
	static function () {
		bygge_render_archive_posts(
			[
				'skin'           => 'cards',
				'thumbnail_size' => 'medium_large',
				'meta'           => [ 'date', 'comments' ],
				'excerpt'        => true,
				'read_more'      => 'Läs mer »',
				'title_tag'      => 'h3',
				'badge'          => true,
				'avatar'         => true,
			]
		);
	},
	[
		'prefix_classes' => [ 'elementor-grid-3', 'elementor-grid-tablet-2', 'elementor-grid-mobile-1', 'elementor-posts--thumbnail-top', 'elementor-posts--show-avatar', 'elementor-card-shadow-yes', 'elementor-posts__hover-gradient' ],
		'settings'       => [
			'archive_cards_columns'        => '3',
			'archive_cards_columns_tablet' => '2',
			'archive_cards_columns_mobile' => '1',
			'archive_cards_row_gap'        => [
				'unit'  => 'px',
				'size'  => 35,
				'sizes' => [],
			],
			'pagination_type'              => 'numbers_and_prev_next',
		],
	]
);
bygge_column_close();
bygge_section_close();

bygge_document_close();
