<?php
/**
 * Elementor Pro Theme Builder: Single Post (elementor_library #245),
 * villkor "Inlägg > Alla". Anropas inne i loopen (the_post() är gjort).
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$bygge_post_id   = get_the_ID();
$bygge_protected = post_password_required();

// Single-dokumentets wrapper får inläggets post_class() (Single_Base::get_container_attributes()).
bygge_document_open(
	BYGGE_TPL_SINGLE,
	'single-post',
	'single',
	[ 'extra_classes' => get_post_class( '', $bygge_post_id ) ]
);

/*
 * Sektion 1 – hero: brödsmulor, rubrik, Post Info.
 */
bygge_section_open(
	'7d3a9f1',
	[
		'layout'   => 'elementor-section-boxed',
		'settings' => [ 'background_background' => 'classic' ],
		'overlay'  => true,
	]
);
bygge_column_open( '2b84c6e', 100 );

bygge_widget( 'c19f0d5', 'breadcrumbs', 'breadcrumbs.default', 'bygge_render_breadcrumbs', [ 'prefix_classes' => [ 'elementor-align-left' ] ] );

// Post Title (Heading-widget med dynamisk tagg; tom titel => ingen widget alls).
bygge_widget(
	'5a6e2b8',
	'theme-post-title',
	'theme-post-title.default',
	bygge_heading_html( get_the_title(), 'h1' ),
	[
		'after_classes' => [ 'elementor-page-title', 'elementor-widget-heading' ],
		'css'           => 'heading',
	]
);

$bygge_info_items = [
	[
		'_id'  => '3c1f7a2',
		'type' => 'author',
		'link' => true,
	],
	[
		'_id'  => 'b8e04d6',
		'type' => 'date',
		'link' => true,
	],
	[
		'_id'  => '91a5c3e',
		'type' => 'time',
	],
	[
		'_id'         => 'e6d2b70',
		'type'        => 'terms',
		'taxonomy'    => 'category',
		'link'        => true,
		'text_prefix' => 'Kategorier:',
		'svg'         => 'folder',
	],
];
if ( ! $bygge_protected ) {
	$bygge_info_items[] = [
		'_id'  => '0f4a8e9',
		'type' => 'comments',
		'link' => true,
	];
}
bygge_widget(
	'f40b6a3',
	'post-info',
	'post-info.default',
	static function () use ( $bygge_info_items ) {
		bygge_render_post_info( $bygge_info_items );
	},
	[ 'css' => 'icon-list' ]
);

bygge_column_close();
bygge_section_close();

/*
 * Sektion 2 – innehåll (66 %) och sidofält (33 %).
 */
bygge_section_open( '4e9c1d7', [ 'gap' => 'wider' ] );
bygge_column_open( 'a2d7f58', 66 );

bygge_widget(
	'8c3b5e1',
	'theme-post-featured-image',
	'theme-post-featured-image.default',
	bygge_attachment_image_html( (int) get_post_thumbnail_id(), 'large' ),
	[
		'after_classes' => [ 'elementor-widget-image' ],
		'css'           => 'image',
	]
);

bygge_widget(
	'd61f9a4',
	'theme-post-content',
	'theme-post-content.default',
	static function () {
		if ( post_password_required() ) {
			echo get_the_password_form(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			return;
		}
		the_content();
		wp_link_pages(
			[
				'before'      => '<div class="page-links elementor-page-links"><span class="page-links-title elementor-page-links-title">Sidor:</span>',
				'after'       => '</div>',
				'link_before' => '<span>',
				'link_after'  => '</span>',
				'pagelink'    => '<span class="screen-reader-text">Sida </span>%',
				'separator'   => '<span class="screen-reader-text">, </span>',
			]
		);
	}
);

// Post Info nr 2: etiketter under innehållet.
bygge_widget(
	'7b2e0c9',
	'post-info',
	'post-info.default',
	static function () {
		bygge_render_post_info(
			[
				[
					'_id'         => '5d7c3f1',
					'type'        => 'terms',
					'taxonomy'    => 'post_tag',
					'link'        => true,
					'text_prefix' => 'Taggar:',
					'svg'         => 'tag',
				],
			]
		);
	}
);

bygge_heading_widget( '1e5a9d2', 'Dela inlägget', 'h4' );
bygge_widget(
	'6f8d2c4',
	'share-buttons',
	'share-buttons.default',
	'bygge_render_share_buttons',
	[ 'prefix_classes' => [ 'elementor-share-buttons--view-icon-text', 'elementor-share-buttons--skin-gradient', 'elementor-share-buttons--shape-square', 'elementor-grid-0', 'elementor-share-buttons--color-official' ] ]
);

bygge_widget(
	'9a4c7e3',
	'author-box',
	'author-box.default',
	'bygge_render_author_box',
	[ 'prefix_classes' => [ 'elementor-author-box--layout-image-left', 'elementor-author-box--align-left', 'elementor-author-box--avatar-yes', 'elementor-author-box--name-yes', 'elementor-author-box--biography-yes', 'elementor-author-box--link-yes' ] ]
);

bygge_widget(
	'3d0b8f6',
	'post-navigation',
	'post-navigation.default',
	'bygge_render_post_navigation',
	[ 'prefix_classes' => [ 'elementor-post-navigation-borders-yes' ] ]
);

bygge_column_close();

/* Sidofält */
bygge_column_open( 'c58e1a0', 33, [ 'settings' => [ 'background_background' => 'classic' ] ] );

bygge_widget(
	'e2f7b91',
	'search-form',
	'search-form.classic',
	'bygge_render_search_form',
	[ 'settings' => [ 'skin' => 'classic' ] ]
);

bygge_heading_widget( '4a91c0e', 'Senaste inläggen', 'h4' );
bygge_widget(
	'b7c3d58',
	'posts',
	'posts.classic',
	static function () {
		$q = new WP_Query(
			[
				'post_type'           => 'post',
				'posts_per_page'      => 4,
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
				'title_tag'      => 'h5',
			]
		);
	},
	[
		'prefix_classes' => [ 'elementor-grid-1', 'elementor-grid-tablet-2', 'elementor-grid-mobile-1', 'elementor-posts--thumbnail-none' ],
		'settings'       => [
			'classic_columns'        => '1',
			'classic_columns_tablet' => '2',
			'classic_columns_mobile' => '1',
		],
	]
);

bygge_widget(
	'0c6e4a2',
	'wp-widget-categories',
	'wp-widget-categories.default',
	static function () {
		the_widget(
			'WP_Widget_Categories',
			[
				'title'        => 'Kategorier',
				'count'        => 1,
				'hierarchical' => 1,
				'dropdown'     => 0,
			],
			[
				'widget_id'     => 'wp-widget-categories',
				'before_widget' => '',
				'after_widget'  => '',
				'before_title'  => '<h5>',
				'after_title'   => '</h5>',
			]
		);
	}
);

bygge_heading_widget( 'f91d3b6', 'Behöver ni hjälp att nå fram?', 'h4' );
bygge_text_editor_widget( '82a0e5c', '<p>Vi är byrån som hjälper bostadsbolag att kommunicera – med hyresgäster, politiker och medarbetare. Hör av dig så tar vi en fika.</p>' );
bygge_widget(
	'5c1b7d9',
	'button',
	'button.default',
	static function () {
		bygge_render_button( 'Kontakta oss', home_url( '/kontakt/' ) );
	}
);

bygge_column_close();
bygge_section_close();

/*
 * Sektion 3 – relaterade inlägg (Posts-widgeten, fråga "Relaterat", reserv "Senaste").
 */
bygge_section_open( '6b2f8e4', [ 'settings' => [ 'background_background' => 'classic' ] ] );
bygge_column_open( '1f7c9a3', 100 );
bygge_heading_widget( 'a0e6d4b', 'Du kanske också gillar', 'h2' );
bygge_widget(
	'd3a81f7',
	'posts',
	'posts.classic',
	static function () use ( $bygge_post_id ) {
		$cat_ids = wp_get_post_categories( $bygge_post_id );
		$args    = [
			'post_type'           => 'post',
			'posts_per_page'      => 3,
			'post__not_in'        => [ $bygge_post_id ],
			'ignore_sticky_posts' => true,
			'no_found_rows'       => true,
			'orderby'             => 'date',
			'order'               => 'DESC',
		];
		if ( $cat_ids ) {
			$args['tax_query'] = [ // phpcs:ignore WordPress.DB.SlowDBQuery
				[
					'taxonomy' => 'category',
					'field'    => 'term_id',
					'terms'    => $cat_ids,
				],
			];
		}
		$q = new WP_Query( $args );
		if ( ! $q->have_posts() ) {
			unset( $args['tax_query'] );
			$q = new WP_Query( $args );
		}
		bygge_render_posts_query(
			$q,
			[
				'skin'           => 'classic',
				'thumbnail_size' => 'medium',
				'meta'           => [ 'date', 'comments' ],
				'excerpt'        => true,
				'read_more'      => 'Läs mer »',
				'title_tag'      => 'h3',
			]
		);
	},
	[
		'prefix_classes' => [ 'elementor-grid-3', 'elementor-grid-tablet-2', 'elementor-grid-mobile-1', 'elementor-posts--thumbnail-top' ],
		'settings'       => [
			'classic_columns'        => '3',
			'classic_columns_tablet' => '2',
			'classic_columns_mobile' => '1',
			'classic_row_gap'        => [
				'unit'  => 'px',
				'size'  => 35,
				'sizes' => [],
			],
		],
	]
);
bygge_column_close();
bygge_section_close();

/*
 * Sektion 4 – Post Comments-widgeten (skin "Theme Comments" => temats comments.php).
 */
bygge_section_open( '8e5d0c2' );
bygge_column_open( '3a7b1e9', 100 );
bygge_widget(
	'c6f2a08',
	'post-comments',
	'post-comments.theme_comments',
	static function () {
		comments_template();
	}
);
bygge_column_close();
bygge_section_close();

bygge_document_close();
