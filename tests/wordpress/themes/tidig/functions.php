<?php
/**
 * tidig – ett klassiskt tema i stil med Newspaper 12 (tagDiv).
 *
 * Det mesta av tagDivs markup byggs i Newspaper av klasser (td_module_*, td_block_*,
 * td_page_generator). Här är samma markup skriven som vanliga funktioner.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'TIDIG_VERSION', '12.1' );

/* ------------------------------------------------------------------------
 * Grundinställningar
 * --------------------------------------------------------------------- */
function tidig_setup() {
	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'html5', array( 'comment-list', 'comment-form', 'search-form', 'gallery', 'caption', 'style', 'script' ) );

	// tagDivs bildstorlekar
	add_image_size( 'td_100x70', 100, 70, true );
	add_image_size( 'td_218x150', 218, 150, true );
	add_image_size( 'td_324x160', 324, 160, true );
	add_image_size( 'td_324x235', 324, 235, true );
	add_image_size( 'td_534x462', 534, 462, true );
	add_image_size( 'td_696x0', 696, 0, false );
	add_image_size( 'td_1068x0', 1068, 0, false );

	register_nav_menus(
		array(
			'top-menu'    => 'Toppmeny',
			'header-menu' => 'Huvudmeny',
			'footer-menu' => 'Sidfotsmeny',
		)
	);
}
add_action( 'after_setup_theme', 'tidig_setup' );

function tidig_widgets_init() {
	register_sidebar(
		array(
			'name'          => 'Newspaper standard',
			'id'            => 'td-default',
			'description'   => 'Standardsidopanel',
			'before_widget' => '<aside id="%1$s" class="td_block_template_1 widget %1$s %2$s">',
			'after_widget'  => '</aside>',
			'before_title'  => '<h4 class="block-title"><span>',
			'after_title'   => '</span></h4>',
		)
	);
}
add_action( 'widgets_init', 'tidig_widgets_init' );

function tidig_scripts() {
	wp_enqueue_style( 'td-theme', get_stylesheet_uri(), array(), TIDIG_VERSION );
	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'tidig_scripts' );

/* ------------------------------------------------------------------------
 * Hjälpfunktioner
 * --------------------------------------------------------------------- */

/** tagDiv numrerar sina block tdi_1, tdi_2 ... i sidans ordning. */
function tidig_uid() {
	static $n = 0;
	$n++;
	return 'tdi_' . $n;
}

/** Titel som den används i title-attribut (Newspaper: esc_attr( strip_tags( $title ) )). */
function tidig_title_attr( $post ) {
	return esc_attr( wp_strip_all_tags( get_the_title( $post ) ) );
}

/**
 * Datum som td_module::get_date(): synlig text i datumformatet, datetime=
 * date( DATE_W3C, get_the_time( 'U' ) ). get_the_time( 'U' ) är lokal tid
 * räknad som UTC, så attributet får lokal väggklocka med "+00:00".
 */
function tidig_get_date( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return '';
	}
	$unix = (int) get_the_time( 'U', $post );
	return '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="' . esc_attr( date( DATE_W3C, $unix ) ) . '" >' . esc_html( get_the_date( '', $post ) ) . '</time></span>';
}

/** Författare i moduler: <span class="td-post-author-name"><a>Namn</a> <span>-</span> </span> */
function tidig_get_author( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return '';
	}
	$name = get_the_author_meta( 'display_name', $post->post_author );
	return '<span class="td-post-author-name"><a href="' . esc_url( get_author_posts_url( $post->post_author ) ) . '">' . esc_html( $name ) . '</a> <span>-</span> </span>';
}

function tidig_get_comments( $post = null, $tag = 'span' ) {
	$post = get_post( $post );
	if ( ! $post || post_password_required( $post ) ) {
		return '';
	}
	return '<' . $tag . ' class="td-module-comments"><a href="' . esc_url( get_comments_link( $post ) ) . '">' . (int) get_comments_number( $post ) . '</a></' . $tag . '>';
}

/** Primär kategori = första i get_the_category() (sorterad på namn). */
function tidig_primary_category( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return null;
	}
	$cats = get_the_category( $post->ID );
	if ( empty( $cats ) ) {
		return null;
	}
	return $cats[0];
}

function tidig_get_category_pill( $post = null ) {
	$cat = tidig_primary_category( $post );
	if ( ! $cat ) {
		return '';
	}
	return '<a href="' . esc_url( get_category_link( $cat->term_id ) ) . '" class="td-post-category">' . esc_html( $cat->name ) . '</a>';
}

/** Visningsräknaren (Newspapers egen, metanyckel post_views_count). */
function tidig_get_views( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return 0;
	}
	$views = get_post_meta( $post->ID, 'post_views_count', true );
	if ( '' === $views || false === $views ) {
		// Ingen räknare sparad i testbädden: ett stabilt tal per inlägg.
		$views = 120 + ( ( $post->ID * 7919 ) % 1880 );
	}
	return (int) $views;
}

/** Tumnagel i moduler. Newspaper 12 (animation stack): platshållare i src, riktig adress i data-img-url. */
function tidig_module_thumb( $post, $size, $w, $h ) {
	$post  = get_post( $post );
	$url   = '';
	$title = tidig_title_attr( $post );
	if ( ! post_password_required( $post ) && has_post_thumbnail( $post ) ) {
		$src = wp_get_attachment_image_src( get_post_thumbnail_id( $post ), $size );
		if ( $src ) {
			$url = $src[0];
		}
	}
	if ( '' === $url ) {
		$url = get_template_directory_uri() . '/images/no-thumb/' . $size . '.png';
	}
	$placeholder = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
	return '<div class="td-module-thumb"><a href="' . esc_url( get_permalink( $post ) ) . '"  rel="bookmark" class="td-image-wrap " title="' . $title . '" ><img class="entry-thumb" src="' . $placeholder . '" alt="" title="' . $title . '" data-type="image_tag" data-img-url="' . esc_url( $url ) . '"  width="' . (int) $w . '" height="' . (int) $h . '" /></a></div>';
}

function tidig_module_title( $post, $tag = 'h3' ) {
	$post = get_post( $post );
	return '<' . $tag . ' class="entry-title td-module-title"><a href="' . esc_url( get_permalink( $post ) ) . '" rel="bookmark" title="' . tidig_title_attr( $post ) . '">' . get_the_title( $post ) . '</a></' . $tag . '>';
}

/** td_util::excerpt – klipper på ord och lägger till "..." */
function tidig_excerpt( $post, $words = 25 ) {
	$post = get_post( $post );
	if ( post_password_required( $post ) ) {
		return 'Det finns inget utdrag eftersom detta är ett skyddat inlägg.';
	}
	if ( has_excerpt( $post ) ) {
		$text = $post->post_excerpt;
	} else {
		$text = strip_shortcodes( $post->post_content );
		$text = str_replace( '<!--nextpage-->', ' ', $text );
		$text = excerpt_remove_blocks( $text );
	}
	$text = wp_strip_all_tags( $text );
	return esc_html( wp_trim_words( $text, $words, '...' ) );
}

/**
 * En td_module_* som HTML.
 */
function tidig_module( $type, $post ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return '';
	}
	$out = '';
	switch ( $type ) {
		case 'td_module_1':
		case 'td_module_2':
			$out .= "\n        " . '<div class="' . $type . ' td_module_wrap td-animation-stack">';
			$out .= "\n            " . '<div class="td-module-image">';
			$out .= "\n                " . tidig_module_thumb( $post, 'td_324x160', 324, 160 );
			$out .= "\n                " . tidig_get_category_pill( $post );
			$out .= "\n            " . '</div>';
			$out .= "\n            " . tidig_module_title( $post );
			$out .= "\n            " . '<div class="td-module-meta-info">';
			$out .= "\n                " . tidig_get_author( $post ) . tidig_get_date( $post ) . tidig_get_comments( $post );
			$out .= "\n            " . '</div>';
			if ( 'td_module_2' === $type ) {
				$out .= "\n            " . '<div class="td-excerpt">' . tidig_excerpt( $post, 25 ) . '</div>';
			}
			$out .= "\n        " . '</div>' . "\n";
			break;

		case 'td_module_6':
			$out .= "\n        " . '<div class="td_module_6 td_module_wrap td-animation-stack">';
			$out .= "\n        " . tidig_module_thumb( $post, 'td_100x70', 100, 70 );
			$out .= "\n        " . '<div class="item-details">';
			$out .= "\n            " . tidig_module_title( $post );
			$out .= '            <div class="td-module-meta-info">';
			$out .= "\n                                                " . tidig_get_date( $post );
			$out .= "\n                            " . '</div>';
			$out .= "\n        " . '</div>';
			$out .= "\n        " . '</div>' . "\n";
			break;

		case 'td_module_16':
			$out .= "\n        " . '<div class="td_module_16 td_module_wrap td-animation-stack">';
			$out .= "\n            " . tidig_module_thumb( $post, 'td_218x150', 150, 150 );
			$out .= "\n            " . '<div class="item-details">';
			$out .= "\n                " . tidig_module_title( $post );
			$out .= "\n                " . '<div class="td-module-meta-info">';
			$out .= "\n                    " . tidig_get_category_pill( $post ) . tidig_get_author( $post ) . tidig_get_date( $post ) . tidig_get_comments( $post, 'div' );
			$out .= "\n                " . '</div>';
			$out .= "\n                " . '<div class="td-excerpt">' . tidig_excerpt( $post, 30 ) . '</div>';
			$out .= "\n            " . '</div>';
			$out .= "\n        " . '</div>' . "\n";
			break;

		case 'td_module_related_posts':
			$out .= "\n        " . '<div class="td_module_related_posts td-animation-stack td_mod_related_posts td_module_wrap">';
			$out .= "\n            " . '<div class="td-module-image">';
			$out .= "\n                " . tidig_module_thumb( $post, 'td_218x150', 218, 150 );
			$out .= "\n                " . '<div class="td-post-category-wrap">' . tidig_get_category_pill( $post ) . '</div>';
			$out .= "\n            " . '</div>';
			$out .= "\n            " . '<div class="item-details">';
			$out .= "\n                " . tidig_module_title( $post );
			$out .= "\n                " . '<div class="td-module-meta-info">' . tidig_get_date( $post ) . '</div>';
			$out .= "\n            " . '</div>';
			$out .= "\n        " . '</div>' . "\n";
			break;

		case 'td_module_mega_menu':
			$out .= '<div class="td_module_wrap td-animation-stack td_module_mega_menu td-meta-info-hide td_mod_mega_menu">';
			$out .= '<div class="td-module-image">' . tidig_module_thumb( $post, 'td_218x150', 218, 150 ) . tidig_get_category_pill( $post ) . '</div>';
			$out .= '<div class="item-details">' . tidig_module_title( $post ) . '</div>';
			$out .= '</div>';
			break;

		case 'td_module_mx5':
		case 'td_module_mx6':
			static $grid_i = 0;
			$big   = ( 'td_module_mx5' === $type );
			$out  .= '<div class="' . $type . ' td-animation-stack td-big-grid-post-' . $grid_i . ' td-big-grid-post ' . ( $big ? 'td-big-thumb' : 'td-small-thumb' ) . '">';
			$out  .= tidig_module_thumb( $post, $big ? 'td_534x462' : 'td_324x235', $big ? 534 : 265, $big ? 462 : 198 );
			$out  .= '<div class="td-meta-info-container"><div class="td-meta-align"><div class="td-big-grid-meta">';
			$out  .= tidig_get_category_pill( $post ) . tidig_module_title( $post );
			$out  .= '</div>';
			if ( $big ) {
				$out .= '<div class="td-module-meta-info">' . tidig_get_author( $post ) . tidig_get_date( $post ) . '</div>';
			}
			$out .= '</div></div></div>';
			$grid_i++;
			break;
	}
	return $out;
}

/**
 * Ett td_block_* (block_7, big grid, related) med tagDivs inbäddade tdBlock-skript.
 */
function tidig_block_script( $uid, $type, $atts, $post_count, $found, $columns = 1 ) {
	$max = ( $post_count > 0 ) ? (int) ceil( $found / max( 1, (int) ( $atts['limit'] ?? $post_count ) ) ) : 0;
	$js  = '<script>var block_' . $uid . ' = new tdBlock();' . "\n";
	$js .= 'block_' . $uid . '.id = "' . $uid . '";' . "\n";
	$js .= 'block_' . $uid . ".atts = '" . str_replace( "'", "\\'", wp_json_encode( $atts ) ) . "';\n";
	$js .= 'block_' . $uid . '.td_column_number = "' . (int) $columns . '";' . "\n";
	$js .= 'block_' . $uid . '.block_type = "' . $type . '";' . "\n";
	$js .= 'block_' . $uid . '.post_count = "' . (int) $post_count . '";' . "\n";
	$js .= 'block_' . $uid . '.found_posts = "' . (int) $found . '";' . "\n";
	$js .= 'block_' . $uid . '.header_color = "";' . "\n";
	$js .= 'block_' . $uid . '.ajax_pagination_infinite_stop = "";' . "\n";
	$js .= 'block_' . $uid . '.max_num_pages = "' . $max . '";' . "\n";
	$js .= 'tdBlocksArray.push(block_' . $uid . ');' . "\n";
	$js .= '</script>';
	return $js;
}

function tidig_block_7( $title, $query_args ) {
	$defaults = array(
		'post_type'           => 'post',
		'post_status'         => 'publish',
		'posts_per_page'      => 4,
		'ignore_sticky_posts' => true,
		'no_found_rows'       => false,
	);
	$q = new WP_Query( array_merge( $defaults, $query_args ) );
	if ( ! $q->have_posts() ) {
		return '';
	}
	$uid  = tidig_uid();
	$atts = array(
		'custom_title'  => $title,
		'limit'         => (int) $q->query_vars['posts_per_page'],
		'sort'          => $query_args['orderby'] ?? '',
		'block_type'    => 'td_block_7',
		'ajax_pagination' => 'next_prev',
		'class'         => $uid,
		'tdc_css_class' => $uid,
	);
	$out  = '<div class="td_block_wrap td_block_7 ' . $uid . ' td_with_ajax_pagination td-pb-border-top td_block_template_1 td-column-1 td_block_padding"  data-td-block-uid="' . $uid . '" >';
	$out .= tidig_block_script( $uid, 'td_block_7', $atts, $q->post_count, $q->found_posts );
	$out .= '<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">' . esc_html( $title ) . '</span></h4></div>';
	$out .= '<div id=' . $uid . ' class="td_block_inner">';
	foreach ( $q->posts as $p ) {
		$out .= "\n\t" . '<div class="td-block-span12">' . tidig_module( 'td_module_6', $p ) . "\n\t" . '</div> <!-- ./td-block-span12 -->';
	}
	$out .= '</div>';
	$out .= '<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" id="prev-page-' . $uid . '" data-td_block_id="' . $uid . '"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#"  class="td-ajax-next-page" id="next-page-' . $uid . '" data-td_block_id="' . $uid . '"><i class="td-icon-font td-icon-menu-right"></i></a></div>';
	$out .= '</div> <!-- ./block -->';
	return $out;
}

function tidig_block_popular_categories( $title ) {
	$cats = get_categories(
		array(
			'orderby'    => 'count',
			'order'      => 'DESC',
			'hide_empty' => true,
			'number'     => 6,
		)
	);
	if ( empty( $cats ) ) {
		return '';
	}
	$uid  = tidig_uid();
	$out  = '<div class="td_block_wrap td_block_popular_categories ' . $uid . ' widget widget_categories td-pb-border-top td_block_template_1"  data-td-block-uid="' . $uid . '" >';
	$out .= '<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">' . esc_html( $title ) . '</span></h4></div>';
	$out .= '<ul class="td-pb-padding-side">';
	foreach ( $cats as $c ) {
		$out .= '<li><a href="' . esc_url( get_category_link( $c->term_id ) ) . '"><span class="td-cat-name">' . esc_html( $c->name ) . '</span><span class="td-cat-no">' . (int) $c->count . '</span></a></li>';
	}
	$out .= '</ul></div> <!-- ./block -->';
	return $out;
}

/** td_block_big_grid_1 – de fyra senaste inläggen i en kategori. */
function tidig_block_big_grid( $cat_id ) {
	$q = new WP_Query(
		array(
			'post_type'           => 'post',
			'post_status'         => 'publish',
			'cat'                 => (int) $cat_id,
			'posts_per_page'      => 4,
			'ignore_sticky_posts' => true,
			'no_found_rows'       => true,
		)
	);
	if ( $q->post_count < 2 ) {
		return '';
	}
	$uid  = tidig_uid();
	$out  = '<div class="td_block_wrap td_block_big_grid_1 ' . $uid . ' td-grid-style-1 td-hover-1 td-big-grids td-pb-border-top td_block_template_1"  data-td-block-uid="' . $uid . '" >';
	$out .= '<div id=' . $uid . ' class="td_block_inner"><div class="td-big-grid-wrapper">';
	foreach ( $q->posts as $i => $p ) {
		if ( 0 === $i ) {
			$out .= tidig_module( 'td_module_mx5', $p );
			$out .= '<div class="td-big-grid-scroll">';
		} else {
			$out .= tidig_module( 'td_module_mx6', $p );
		}
	}
	$out .= '</div></div><div class="clearfix"></div></div></div> <!-- ./block -->';
	return $out;
}

/* ------------------------------------------------------------------------
 * Brödsmulor (td_page_generator)
 * --------------------------------------------------------------------- */
function tidig_breadcrumb_items() {
	$items   = array();
	$items[] = array( 'Hem', home_url( '/' ) );
	if ( is_single() ) {
		$cat = tidig_primary_category();
		if ( $cat ) {
			if ( $cat->parent ) {
				$parent = get_category( $cat->parent );
				if ( $parent && ! is_wp_error( $parent ) ) {
					$items[] = array( $parent->name, get_category_link( $parent->term_id ), 'Visa alla inlägg i ' . $parent->name );
				}
			}
			$items[] = array( $cat->name, get_category_link( $cat->term_id ), 'Visa alla inlägg i ' . $cat->name );
		}
		$items[] = array( wp_strip_all_tags( get_the_title() ), '' );
	} elseif ( is_page() ) {
		$items[] = array( wp_strip_all_tags( get_the_title() ), '' );
	} elseif ( is_category() ) {
		$cat = get_queried_object();
		if ( $cat && ! empty( $cat->parent ) ) {
			$parent = get_category( $cat->parent );
			if ( $parent && ! is_wp_error( $parent ) ) {
				$items[] = array( $parent->name, get_category_link( $parent->term_id ), 'Visa alla inlägg i ' . $parent->name );
			}
		}
		if ( $cat ) {
			$items[] = array( $cat->name, '' );
		}
	} elseif ( is_tag() ) {
		$items[] = array( 'Taggar', '' );
		$items[] = array( single_tag_title( '', false ), '' );
	} elseif ( is_author() ) {
		$items[] = array( 'Inlägg av ' . get_the_author_meta( 'display_name', (int) get_query_var( 'author' ) ), '' );
	} elseif ( is_search() ) {
		$items[] = array( 'Sök', '' );
	} elseif ( is_year() ) {
		$items[] = array( (string) get_query_var( 'year' ), '' );
	} elseif ( is_month() ) {
		global $wp_locale;
		$y       = (int) get_query_var( 'year' );
		$items[] = array( (string) $y, get_year_link( $y ) );
		$items[] = array( $wp_locale->get_month( (int) get_query_var( 'monthnum' ) ), '' );
	} elseif ( is_day() ) {
		global $wp_locale;
		$y       = (int) get_query_var( 'year' );
		$m       = (int) get_query_var( 'monthnum' );
		$items[] = array( (string) $y, get_year_link( $y ) );
		$items[] = array( $wp_locale->get_month( $m ), get_month_link( $y, $m ) );
		$items[] = array( (string) (int) get_query_var( 'day' ), '' );
	} elseif ( is_404() ) {
		$items[] = array( 'Sidan hittades inte', '' );
	}
	return $items;
}

function tidig_breadcrumbs() {
	$items = tidig_breadcrumb_items();
	if ( count( $items ) < 2 ) {
		return '';
	}
	$parts = array();
	$last  = count( $items ) - 1;
	foreach ( $items as $i => $it ) {
		if ( ! empty( $it[1] ) ) {
			$title   = isset( $it[2] ) ? $it[2] : '';
			$parts[] = '<span><a title="' . esc_attr( $title ) . '" class="entry-crumb" href="' . esc_url( $it[1] ) . '">' . esc_html( $it[0] ) . '</a></span>';
		} else {
			$parts[] = '<span class="td-bred-no-url-last">' . esc_html( $it[0] ) . '</span>';
		}
		if ( $i < $last ) {
			$next_last = ( $i + 1 === $last && empty( $items[ $i + 1 ][1] ) );
			$parts[]   = ' <i class="td-icon-right td-bread-sep' . ( $next_last ? ' td-bred-no-url-last' : '' ) . '"></i> ';
		}
	}
	$GLOBALS['tidig_breadcrumb_json'] = $items;
	return '<div class="entry-crumbs">' . implode( '', $parts ) . '</div>';
}

/** Newspaper lägger brödsmulornas BreadcrumbList i JSON-LD längst ned på sidan. */
function tidig_breadcrumb_jsonld() {
	if ( empty( $GLOBALS['tidig_breadcrumb_json'] ) ) {
		return;
	}
	$list = array();
	$pos  = 1;
	foreach ( $GLOBALS['tidig_breadcrumb_json'] as $it ) {
		$url    = ! empty( $it[1] ) ? $it[1] : ( is_singular() ? get_permalink( get_queried_object_id() ) : get_pagenum_link( max( 1, (int) get_query_var( 'paged' ) ) ) );
		$list[] = array(
			'@type'    => 'ListItem',
			'position' => $pos++,
			'item'     => array(
				'@type' => 'WebSite',
				'@id'   => $url,
				'name'  => $it[0],
			),
		);
	}
	$data = array(
		'@context'        => 'https://schema.org',
		'@type'           => 'BreadcrumbList',
		'itemListElement' => $list,
	);
	echo "\n    <script type=\"application/ld+json\">\n        " . wp_json_encode( $data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRETTY_PRINT | JSON_HEX_TAG ) . "\n    </script>\n\n";
}
add_action( 'wp_footer', 'tidig_breadcrumb_jsonld', 99 );

/* ------------------------------------------------------------------------
 * Enkelinlägg: kategorier, delning, taggar, nästa/föregående, författarruta
 * --------------------------------------------------------------------- */

/** Som td_module_single::get_category(): föräldrakategorin visas först, även om inlägget inte ligger i den. */
function tidig_single_categories() {
	$terms = array();
	foreach ( get_the_category() as $category ) {
		if ( $category->parent ) {
			$parent = get_category( $category->parent );
			if ( $parent && ! is_wp_error( $parent ) ) {
				$terms[ $parent->name ] = get_category_link( $parent->term_id );
			}
		}
		$terms[ $category->name ] = get_category_link( $category->term_id );
	}
	if ( empty( $terms ) ) {
		return '';
	}
	$out = '<ul class="td-category">';
	foreach ( $terms as $name => $link ) {
		$out .= '<li class="entry-category"><a  href="' . esc_url( $link ) . '">' . esc_html( $name ) . '</a></li>';
	}
	return $out . '</ul>';
}

function tidig_sharing( $where = 'top' ) {
	$post   = get_post();
	$id     = 'td_social_sharing_article_' . $where;
	$url    = get_permalink( $post );
	$title  = html_entity_decode( wp_strip_all_tags( get_the_title( $post ) ), ENT_QUOTES, 'UTF-8' );
	$etitle = htmlspecialchars( rawurlencode( $title ) );
	$image  = '';
	if ( ! post_password_required( $post ) && has_post_thumbnail( $post ) ) {
		$src = wp_get_attachment_image_src( get_post_thumbnail_id( $post ), 'full' );
		if ( $src ) {
			$image = $src[0];
		}
	}
	$nets = array(
		'facebook'  => array( 'Facebook', 'https://www.facebook.com/sharer.php?u=' . rawurlencode( $url ) ),
		'twitter'   => array( 'Twitter', 'https://twitter.com/intent/tweet?text=' . $etitle . '&url=' . rawurlencode( $url ) . '&via=Bostadsbolaget' ),
		'pinterest' => array( 'Pinterest', 'https://pinterest.com/pin/create/button/?url=' . rawurlencode( $url ) . '&amp;media=' . rawurlencode( $image ) . '&description=' . $etitle ),
		'whatsapp'  => array( 'WhatsApp', 'https://api.whatsapp.com/send?text=' . $etitle . ' %0A%0A ' . $url ),
		'linkedin'  => array( 'Linkedin', 'https://www.linkedin.com/shareArticle?mini=true&url=' . rawurlencode( $url ) . '&title=' . $etitle ),
		'mail'      => array( 'Email', 'mailto:?subject=' . $etitle . '&body=' . $url ),
	);
	$style = ( 'top' === $where ) ? 'td-ps-bg td-ps-notext td-post-sharing-style1' : 'td-ps-bg td-ps-notext td-post-sharing-style1 td-ps-nogap';
	$out   = '<div class="td-post-sharing-' . $where . '">';
	$out  .= '<div id="' . $id . '" class="td-post-sharing ' . $style . ' "><div class="td-post-sharing-visible">';
	if ( 'bottom' === $where ) {
		$out .= '<div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">Dela</div></div>';
	}
	foreach ( $nets as $key => $n ) {
		$out .= '<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-' . $key . '" href="' . $n[1] . '" title="' . $n[0] . '" ><div class="td-social-but-icon"><i class="td-icon-' . $key . '"></i></div><div class="td-social-but-text">' . $n[0] . '</div></a>';
	}
	$out .= '<a class="td-social-sharing-button td-social-handler td-social-expand-tabs" href="#" data-block-uid="' . $id . '" title="Mer">';
	$out .= '<div class="td-social-but-icon"><i class="td-icon-plus td-social-expand-tabs-icon"></i></div></a>';
	$out .= '</div><div class="td-social-sharing-hidden"><ul class="td-pulldown-filter-list"></ul><a class="td-social-sharing-button td-social-handler td-social-expand-tabs" href="#" data-block-uid="' . $id . '" title="Mer"><div class="td-social-but-icon"><i class="td-icon-plus td-social-expand-tabs-icon"></i></div></a></div></div>';
	$out .= '</div>';
	return $out;
}

function tidig_tags() {
	$tags = get_the_tags();
	if ( empty( $tags ) || is_wp_error( $tags ) ) {
		return '';
	}
	$out = '<ul class="td-tags td-post-small-box clearfix"><li><span>TAGGAR</span></li>';
	foreach ( $tags as $t ) {
		$out .= '<li><a href="' . esc_url( get_tag_link( $t->term_id ) ) . '">' . esc_html( $t->name ) . '</a></li>';
	}
	return $out . '</ul>';
}

function tidig_next_prev() {
	$prev = get_previous_post();
	$next = get_next_post();
	if ( ! $prev && ! $next ) {
		return '';
	}
	$out = '<div class="td-block-row td-post-next-prev">';
	if ( $prev ) {
		$out .= '<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Föregående artikel</span><a href="' . esc_url( get_permalink( $prev ) ) . '">' . get_the_title( $prev ) . '</a></div></div>';
	} else {
		$out .= '<div class="td-block-span6 td-post-prev-post"></div>';
	}
	$out .= '<div class="td-next-prev-separator"></div>';
	if ( $next ) {
		$out .= '<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Nästa artikel</span><a href="' . esc_url( get_permalink( $next ) ) . '">' . get_the_title( $next ) . '</a></div></div>';
	}
	return $out . '</div>';
}

function tidig_author_box( $author_id = null, $extra_class = '' ) {
	if ( null === $author_id ) {
		$post      = get_post();
		$author_id = $post ? (int) $post->post_author : 0;
	}
	if ( ! $author_id ) {
		return '';
	}
	$link = get_author_posts_url( $author_id );
	$out  = '<div class="author-box-wrap' . ( $extra_class ? ' ' . $extra_class : '' ) . '">';
	$out .= '<a href="' . esc_url( $link ) . '">' . get_avatar( $author_id, 96 ) . '</a>';
	$out .= '<div class="desc">';
	$out .= '<div class="td-author-name vcard author"><span class="fn"><a href="' . esc_url( $link ) . '">' . esc_html( get_the_author_meta( 'display_name', $author_id ) ) . '</a></span></div>';
	$url = get_the_author_meta( 'user_url', $author_id );
	if ( $url ) {
		$out .= '<div class="td-author-url"><a href="' . esc_url( $url ) . '">' . esc_html( $url ) . '</a></div>';
	}
	$out .= '<div class="td-author-description">' . wp_kses_post( get_the_author_meta( 'description', $author_id ) ) . '</div>';
	$out .= '<div class="td-author-social">';
	$out .= '<span class="td-social-icon-wrap"><a target="_blank" href="https://www.linkedin.com/" title="Linkedin"><i class="td-icon-font td-icon-linkedin"></i></a></span>';
	$out .= '</div><div class="clearfix"></div></div></div>';
	return $out;
}

/** Microdata som td_module_single::get_item_scope_meta() skriver i artikelns <footer>. */
function tidig_item_scope_meta() {
	$post = get_post();
	$out  = '<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="' . esc_attr( get_the_author() ) . '"><meta itemprop="url" content="' . esc_url( get_author_posts_url( $post->post_author ) ) . '"></span>';
	$out .= '<meta itemprop="datePublished" content="' . esc_attr( get_the_time( 'c' ) ) . '">';
	$out .= '<meta itemprop="dateModified" content="' . esc_attr( get_the_modified_time( 'c' ) ) . '">';
	$out .= '<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="' . esc_url( get_permalink() ) . '"/>';
	$out .= '<span class="td-page-meta" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span class="td-page-meta" itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="' . esc_url( get_template_directory_uri() . '/images/logo.png' ) . '"></span><meta itemprop="name" content="' . esc_attr( get_bloginfo( 'name' ) ) . '"></span>';
	$out .= '<meta itemprop="headline " content="' . tidig_title_attr( $post ) . '">';
	if ( ! post_password_required() && has_post_thumbnail() ) {
		$src = wp_get_attachment_image_src( get_post_thumbnail_id(), 'full' );
		if ( $src ) {
			$out .= '<span class="td-page-meta" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="' . esc_url( $src[0] ) . '"><meta itemprop="width" content="' . (int) $src[1] . '"><meta itemprop="height" content="' . (int) $src[2] . '"></span>';
		}
	}
	return $out;
}

/** Utvald bild i td-post-content (td_module_single::get_image). */
function tidig_featured_image() {
	if ( post_password_required() || ! has_post_thumbnail() ) {
		return '';
	}
	$thumb_id = get_post_thumbnail_id();
	$full     = wp_get_attachment_image_src( $thumb_id, 'full' );
	$caption  = wp_get_attachment_caption( $thumb_id );
	$img      = wp_get_attachment_image(
		$thumb_id,
		'td_696x0',
		false,
		array(
			'class' => 'entry-thumb td-modal-image',
			'title' => wp_strip_all_tags( get_the_title( $thumb_id ) ),
		)
	);
	$a = '<a href="' . esc_url( $full ? $full[0] : '' ) . '" data-caption="' . esc_attr( (string) $caption ) . '">' . $img . '</a>';
	if ( $caption ) {
		return '<div class="td-post-featured-image"><figure>' . $a . '<figcaption class="wp-caption-text">' . esc_html( $caption ) . '</figcaption></figure></div>';
	}
	return '<div class="td-post-featured-image">' . $a . '</div>';
}

/** td_block_related_posts: samma kategorier, tre åt gången. */
function tidig_related_posts() {
	$post = get_post();
	$cats = wp_get_post_categories( $post->ID );
	$args = array(
		'post_type'           => 'post',
		'post_status'         => 'publish',
		'posts_per_page'      => 3,
		'post__not_in'        => array( $post->ID ),
		'ignore_sticky_posts' => true,
	);
	if ( ! empty( $cats ) ) {
		$args['category__in'] = $cats;
	}
	$q = new WP_Query( $args );
	if ( ! $q->have_posts() ) {
		return '';
	}
	$uid  = tidig_uid();
	$atts = array(
		'limit'                      => 3,
		'ajax_pagination'            => 'next_prev',
		'live_filter'                => 'cur_post_same_categories',
		'td_ajax_filter_type'        => 'td_custom_related',
		'class'                      => $uid,
		'td_column_number'           => 3,
		'block_type'                 => 'td_block_related_posts',
		'live_filter_cur_post_id'    => $post->ID,
		'live_filter_cur_post_author' => (string) $post->post_author,
		'block_template_id'          => '',
		'header_color'               => '',
		'ajax_pagination_infinite_stop' => '',
		'offset'                     => '',
		'td_ajax_preloading'         => '',
		'td_filter_default_txt'      => '',
		'td_ajax_filter_ids'         => '',
		'el_class'                   => '',
		'color_preset'               => '',
		'border_top'                 => '',
		'css'                        => '',
		'tdc_css'                    => '',
		'tdc_css_class'              => $uid,
		'tdc_css_class_style'        => $uid . '_rand_style',
	);
	$left  = tidig_uid();
	$right = tidig_uid();
	$out   = '<div class="td_block_wrap td_block_related_posts ' . $uid . ' td_with_ajax_pagination td-pb-border-top td_block_template_1"  data-td-block-uid="' . $uid . '" >';
	$out  .= tidig_block_script( $uid, 'td_block_related_posts', $atts, $q->post_count, $q->found_posts, 3 );
	$out  .= '<h4 class="td-related-title td-block-title"><a id="' . $left . '" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="' . $uid . '" href="#">RELATERADE ARTIKLAR</a><a id="' . $right . '" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="' . $uid . '" href="#">MER FRÅN FÖRFATTAREN</a></h4>';
	$out  .= '<div id=' . $uid . ' class="td_block_inner">' . "\n\n\t" . '<div class="td-related-row">';
	foreach ( $q->posts as $p ) {
		$out .= "\n\n\t" . '<div class="td-related-span4">' . "\n" . tidig_module( 'td_module_related_posts', $p ) . "\n\t" . '</div> <!-- ./td-related-span4 -->';
	}
	$out .= '</div><!--./row-fluid--></div>';
	$out .= '<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" id="prev-page-' . $uid . '" data-td_block_id="' . $uid . '"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#"  class="td-ajax-next-page' . ( $q->found_posts > 3 ? '' : ' ajax-page-disabled' ) . '" id="next-page-' . $uid . '" data-td_block_id="' . $uid . '"><i class="td-icon-font td-icon-menu-right"></i></a></div></div> <!-- ./block -->';
	return $out;
}

/* ------------------------------------------------------------------------
 * Annonsplats mitt i inlägget (td-a-rec-id-content_inline)
 * --------------------------------------------------------------------- */
function tidig_ad( $spot ) {
	return '<div class="td-a-rec td-a-rec-id-' . $spot . '  ' . tidig_uid() . ' td_block_template_1"><span class="td-adspot-title">- Annons -</span><a href="https://www.example.se/hyresgast/" target="_blank" rel="noopener"><img src="' . esc_url( get_template_directory_uri() . '/images/rec/annons-468x60.png' ) . '" alt="Annons" width="468" height="60" /></a></div>';
}

function tidig_inline_ad( $content ) {
	if ( ! is_single() || ! in_the_loop() || ! is_main_query() || post_password_required() ) {
		return $content;
	}
	// Efter tredje stycket, som Newspapers "Inline ad" (efter stycke 3).
	$offset = 0;
	for ( $i = 0; $i < 3; $i++ ) {
		$pos = strpos( $content, '</p>', $offset );
		if ( false === $pos ) {
			return $content;
		}
		$offset = $pos + 4;
	}
	if ( false === strpos( $content, '</p>', $offset ) ) {
		return $content; // för kort text: ingen annons
	}
	return substr( $content, 0, $offset ) . tidig_ad( 'content_inline' ) . substr( $content, $offset );
}
add_filter( 'the_content', 'tidig_inline_ad', 20 );

/* ------------------------------------------------------------------------
 * Kommentarer
 * --------------------------------------------------------------------- */

/** Newspapers td_comment-återanrop (dubblerat id="comment-N" på <li> och .comment-meta). */
function tidig_comment( $comment, $args, $depth ) {
	$GLOBALS['comment'] = $comment; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	$tag                = ( isset( $args['style'] ) && 'div' === $args['style'] ) ? 'div' : 'li';
	$is_ping            = in_array( $comment->comment_type, array( 'pingback', 'trackback' ), true );
	?>
	<<?php echo $tag; ?> <?php comment_class(); ?> id="comment-<?php comment_ID(); ?>">
	<article>
		<footer>
			<?php
			if ( ! $is_ping ) {
				echo get_avatar( $comment, 50 );
			}
			?>
			<cite><?php comment_author_link(); ?></cite>

			<a class="comment-link" href="#comment-<?php comment_ID(); ?>">
				<time pubdate="<?php echo esc_attr( get_comment_time( 'U' ) ); ?>"><?php comment_date(); ?> kl. <?php comment_time(); ?></time>
			</a>
		</footer>

		<div class="comment-content">
			<?php if ( '0' === (string) $comment->comment_approved ) { ?>
				<em>Din kommentar väntar på granskning</em>
			<?php } ?>
			<?php comment_text(); ?>
		</div>

		<div class="comment-meta" id="comment-<?php comment_ID(); ?>">
			<?php
			comment_reply_link(
				array_merge(
					$args,
					array(
						'add_below'  => 'comment',
						'depth'      => $depth,
						'max_depth'  => $args['max_depth'],
						'reply_text' => 'Svara',
						'login_text' => 'Logga in för att kommentera',
					)
				)
			);
			?>
		</div>
	</article>
	<?php
}

/* ------------------------------------------------------------------------
 * Sidnumrering: the_posts_pagination() i Newspapers page-nav-skrud
 * --------------------------------------------------------------------- */
function tidig_navigation_markup_template( $template, $class ) {
	if ( 'pagination' !== $class ) {
		return $template;
	}
	global $wp_query;
	$paged = max( 1, (int) get_query_var( 'paged' ) );
	$max   = (int) $wp_query->max_num_pages;
	return '<div class="page-nav td-pb-padding-side">%3$s<span class="pages">Sida ' . $paged . ' av ' . $max . '</span><div class="clearfix"></div></div>';
}
add_filter( 'navigation_markup_template', 'tidig_navigation_markup_template', 10, 2 );

function tidig_posts_pagination() {
	$GLOBALS['tidig_in_pagination'] = true;
	the_posts_pagination(
		array(
			'mid_size'           => 2,
			'prev_text'          => '<i class="td-icon-menu-left"></i>',
			'next_text'          => '<i class="td-icon-menu-right"></i>',
			'screen_reader_text' => 'Sidnavigering',
		)
	);
	$GLOBALS['tidig_in_pagination'] = false;
}

/** Newspaper-klasser på sidlänkarna: current, page, extend, last. */
function tidig_paginate_links_output( $r ) {
	if ( empty( $GLOBALS['tidig_in_pagination'] ) ) {
		return $r;
	}
	$r = preg_replace( '/<span aria-current="page" class="page-numbers current">/', '<span class="current">', $r );
	$r = str_replace( '<span class="page-numbers dots">&hellip;</span>', '<span class="extend">...</span>', $r );
	$r = str_replace( 'class="prev page-numbers"', 'class="prev"', $r );
	$r = str_replace( 'class="next page-numbers"', 'class="next"', $r );
	$r = str_replace( 'class="page-numbers"', 'class="page"', $r );
	return $r;
}
add_filter( 'paginate_links_output', 'tidig_paginate_links_output' );

/* ------------------------------------------------------------------------
 * Huvudmeny
 * --------------------------------------------------------------------- */
function tidig_nav_menu_css_class( $classes, $item, $args ) {
	if ( isset( $args->theme_location ) && 'header-menu' === $args->theme_location ) {
		$classes[] = 'td-menu-item';
		$classes[] = 'td-normal-menu';
	}
	return $classes;
}
add_filter( 'nav_menu_css_class', 'tidig_nav_menu_css_class', 10, 3 );

/** Utan tilldelad meny: Hem + toppkategorier, den största som megameny med fyra inlägg. */
function tidig_menu_fallback( $args = array() ) {
	$ul_id    = ( is_array( $args ) && ! empty( $args['menu_id'] ) ) ? $args['menu_id'] : 'menu-main';
	$ul_class = ( is_array( $args ) && ! empty( $args['menu_class'] ) ) ? $args['menu_class'] : 'sf-menu';
	$mega     = ! ( is_array( $args ) && ! empty( $args['tidig_no_mega'] ) );
	$cats     = get_categories(
		array(
			'parent'     => 0,
			'hide_empty' => true,
			'orderby'    => 'count',
			'order'      => 'DESC',
			'number'     => 5,
		)
	);
	$n    = 1000;
	$out  = '<div class="menu-main-container"><ul id="' . esc_attr( $ul_id ) . '" class="' . esc_attr( $ul_class ) . '">';
	$out .= '<li id="menu-item-' . $n . '" class="menu-item menu-item-type-custom menu-item-object-custom' . ( is_front_page() ? ' current-menu-item' : '' ) . ' menu-item-first td-menu-item td-normal-menu menu-item-' . $n . '"><a href="' . esc_url( home_url( '/' ) ) . '">Hem</a></li>';
	foreach ( $cats as $i => $c ) {
		$n++;
		if ( 0 === $i && $mega ) {
			$out .= '<li id="menu-item-' . $n . '" class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-mega-menu menu-item-' . $n . '"><a href="' . esc_url( get_category_link( $c->term_id ) ) . '">' . esc_html( $c->name ) . '</a>';
			$q    = new WP_Query(
				array(
					'cat'                 => $c->term_id,
					'posts_per_page'      => 5,
					'ignore_sticky_posts' => true,
					'no_found_rows'       => true,
				)
			);
			$uid  = tidig_uid();
			$out .= '<ul class="sub-menu"><li id="menu-item-0" class="menu-item-0"><div class="td-container-border"><div class="td-mega-grid"><div class="td_block_wrap td_block_mega_menu ' . $uid . ' td-no-subcats td_with_ajax_pagination td-pb-border-top td_block_template_1"  data-td-block-uid="' . $uid . '" ><div id=' . $uid . ' class="td_block_inner">';
			$out .= '<div class="td-mega-row">';
			foreach ( $q->posts as $p ) {
				$out .= '<div class="td-mega-span">' . tidig_module( 'td_module_mega_menu', $p ) . '</div>';
			}
			$out .= '</div></div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" id="prev-page-' . $uid . '" data-td_block_id="' . $uid . '"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#"  class="td-ajax-next-page" id="next-page-' . $uid . '" data-td_block_id="' . $uid . '"><i class="td-icon-font td-icon-menu-right"></i></a></div><div class="clearfix"></div></div> <!-- ./block1 --></div></div></li></ul></li>';
		} else {
			$out .= '<li id="menu-item-' . $n . '" class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-normal-menu menu-item-' . $n . '"><a href="' . esc_url( get_category_link( $c->term_id ) ) . '">' . esc_html( $c->name ) . '</a></li>';
		}
	}
	$pages = get_pages( array( 'number' => 2, 'sort_column' => 'menu_order' ) );
	foreach ( $pages as $pg ) {
		$n++;
		$out .= '<li id="menu-item-' . $n . '" class="menu-item menu-item-type-post_type menu-item-object-page td-menu-item td-normal-menu menu-item-' . $n . '"><a href="' . esc_url( get_permalink( $pg ) ) . '">' . esc_html( get_the_title( $pg ) ) . '</a></li>';
	}
	$out .= '</ul></div>';
	echo $out; // phpcs:ignore
}

/* ------------------------------------------------------------------------
 * <head>: Open Graph och Yoast-liknande schema (Newspaper-sajter kör nästan alltid Yoast SEO)
 * --------------------------------------------------------------------- */
function tidig_head_meta() {
	echo '<meta name="viewport" content="width=device-width, initial-scale=1.0">' . "\n";
	echo '<link rel="pingback" href="' . esc_url( get_bloginfo( 'pingback_url' ) ) . '" />' . "\n";
	if ( ! is_singular() ) {
		return;
	}
	$post = get_queried_object();
	if ( ! $post instanceof WP_Post ) {
		return;
	}
	// Yoast använder den råa titeln (utan "Skyddat: " och utan wptexturize).
	$title = wp_strip_all_tags( $post->post_title );
	$url   = get_permalink( $post );
	echo "<!-- This site is optimized with the Yoast SEO plugin v19.11 - https://yoast.com/wordpress/plugins/seo/ -->\n";
	echo '<link rel="canonical" href="' . esc_url( $url ) . '" />' . "\n";
	echo '<meta property="og:locale" content="sv_SE" />' . "\n";
	echo '<meta property="og:type" content="' . ( is_single() ? 'article' : 'website' ) . '" />' . "\n";
	echo '<meta property="og:title" content="' . esc_attr( $title . ' - ' . get_bloginfo( 'name' ) ) . '" />' . "\n";
	if ( ! post_password_required( $post ) ) {
		echo '<meta property="og:description" content="' . esc_attr( wp_trim_words( wp_strip_all_tags( strip_shortcodes( str_replace( '<!--nextpage-->', ' ', $post->post_content ) ) ), 30, '...' ) ) . '" />' . "\n";
	}
	echo '<meta property="og:url" content="' . esc_url( $url ) . '" />' . "\n";
	echo '<meta property="og:site_name" content="' . esc_attr( get_bloginfo( 'name' ) ) . '" />' . "\n";
	if ( is_single() ) {
		echo '<meta property="article:published_time" content="' . esc_attr( get_post_time( 'c', true, $post ) ) . '" />' . "\n";
		echo '<meta property="article:modified_time" content="' . esc_attr( get_post_modified_time( 'c', true, $post ) ) . '" />' . "\n";
	}
	if ( ! post_password_required( $post ) && has_post_thumbnail( $post ) ) {
		$src = wp_get_attachment_image_src( get_post_thumbnail_id( $post ), 'full' );
		if ( $src ) {
			echo '<meta property="og:image" content="' . esc_url( $src[0] ) . '" />' . "\n";
			echo '<meta property="og:image:width" content="' . (int) $src[1] . '" />' . "\n";
			echo '<meta property="og:image:height" content="' . (int) $src[2] . '" />' . "\n";
		}
	}
	$author = get_the_author_meta( 'display_name', $post->post_author );
	echo '<meta name="author" content="' . esc_attr( $author ) . '" />' . "\n";
	echo '<meta name="twitter:card" content="summary_large_image" />' . "\n";
	echo '<meta name="twitter:label1" content="Skriven av" />' . "\n";
	echo '<meta name="twitter:data1" content="' . esc_attr( $author ) . '" />' . "\n";

	$home  = home_url( '/' );
	$graph = array(
		array(
			'@type'         => 'WebPage',
			'@id'           => $url,
			'url'           => $url,
			'name'          => $title . ' - ' . get_bloginfo( 'name' ),
			'isPartOf'      => array( '@id' => $home . '#website' ),
			'datePublished' => get_post_time( 'c', true, $post ),
			'dateModified'  => get_post_modified_time( 'c', true, $post ),
			'breadcrumb'    => array( '@id' => $url . '#breadcrumb' ),
			'inLanguage'    => 'sv-SE',
		),
		array(
			'@type'           => 'BreadcrumbList',
			'@id'             => $url . '#breadcrumb',
			'itemListElement' => array(
				array(
					'@type'    => 'ListItem',
					'position' => 1,
					'name'     => 'Hem',
					'item'     => $home,
				),
				array(
					'@type'    => 'ListItem',
					'position' => 2,
					'name'     => $title,
				),
			),
		),
		array(
			'@type'       => 'WebSite',
			'@id'         => $home . '#website',
			'url'         => $home,
			'name'        => get_bloginfo( 'name' ),
			'description' => get_bloginfo( 'description' ),
			'inLanguage'  => 'sv-SE',
		),
	);
	if ( is_single() ) {
		$graph[] = array(
			'@type'            => 'Article',
			'@id'              => $url . '#article',
			'isPartOf'         => array( '@id' => $url ),
			'author'           => array(
				'name' => $author,
				'@id'  => $home . '#/schema/person/' . md5( (string) $post->post_author ),
			),
			'headline'         => $title,
			'datePublished'    => get_post_time( 'c', true, $post ),
			'dateModified'     => get_post_modified_time( 'c', true, $post ),
			'mainEntityOfPage' => array( '@id' => $url ),
			'articleSection'   => wp_list_pluck( get_the_category( $post->ID ), 'name' ),
			'inLanguage'       => 'sv-SE',
		);
		$graph[] = array(
			'@type' => 'Person',
			'@id'   => $home . '#/schema/person/' . md5( (string) $post->post_author ),
			'name'  => $author,
			'url'   => get_author_posts_url( $post->post_author ),
		);
	}
	echo '<script type="application/ld+json" class="yoast-schema-graph">' . wp_json_encode(
		array(
			'@context' => 'https://schema.org',
			'@graph'   => $graph,
		),
		JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_HEX_TAG
	) . "</script>\n";
	echo "<!-- / Yoast SEO plugin. -->\n";
}
add_action( 'wp_head', 'tidig_head_meta', 1 );

/** tagDivs globala JS-variabler i <head>. */
function tidig_head_js() {
	?>
<script>
	var tdBlocksArray = []; //here we store all the items for the current page

	//td_block class - each ajax block uses a object of this class for requests
	function tdBlock() {
		this.id = '';
		this.block_type = 1; //block type id (1-234 etc)
		this.atts = '';
		this.td_column_number = '';
		this.td_current_page = 1; //
		this.post_count = 0; //from wp
		this.found_posts = 0; //from wp
		this.max_num_pages = 0; //from wp
		this.td_filter_value = ''; //current live filter value
		this.is_ajax_running = false;
		this.td_user_action = ''; // load more or infinite loader (used by the animation)
		this.header_color = '';
		this.ajax_pagination_infinite_stop = ''; //show load more at page x
	}
</script>
<script>
var tdLocalCache = {};
var td_viewport_interval_list = [{"limitBottom":767,"sidebarWidth":228},{"limitBottom":1018,"sidebarWidth":300},{"limitBottom":1140,"sidebarWidth":324}];
var tdc_is_installed = "yes";
var td_ajax_url = <?php echo wp_json_encode( admin_url( 'admin-ajax.php?td_theme_name=Newspaper&v=' . TIDIG_VERSION ) ); ?>;
var td_get_template_directory_uri = <?php echo wp_json_encode( get_template_directory_uri() ); ?>;
var tds_snap_menu = "smart_snap_always";
var tds_logo_on_sticky = "show_header_logo";
var tds_header_style = "";
var td_please_wait = "Vänligen vänta...";
var td_email_user_pass_incorrect = "Användarnamn eller lösenord felaktigt!";
var td_ad_background_click_link = "";
var td_ad_background_click_target = "";
</script>
<script>
var cnArgs = {"ajaxUrl":<?php echo wp_json_encode( admin_url( 'admin-ajax.php' ) ); ?>,"nonce":"3f9b2c1d7e","hideEffect":"fade","position":"bottom","onScroll":false,"onScrollOffset":100,"onClick":false,"cookieName":"cookie_notice_accepted","cookieTime":2592000,"cookieTimeRejected":2592000,"globalCookie":false,"redirection":false,"cache":false,"revokeCookies":false,"revokeCookiesOpt":"automatic"};
</script>
	<?php
}
add_action( 'wp_head', 'tidig_head_js', 8 );

/** Body-klasser som Newspaper lägger till. */
function tidig_body_class( $classes ) {
	$classes[] = 'td-standard-pack';
	$classes[] = 'global-block-template-1';
	if ( is_single() ) {
		$classes[] = 'single_template';
	}
	$classes[] = 'td-animation-stack-type0';
	$classes[] = 'td-full-layout';
	return $classes;
}
add_filter( 'body_class', 'tidig_body_class' );

/** Cookie Notice (Hu-manity) – plugin-markup längst ned i body. */
function tidig_cookie_notice() {
	$privacy = get_privacy_policy_url();
	?>

		<!-- Cookie Notice plugin v2.4.4 by Hu-manity.co https://hu-manity.co/ -->
		<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">Vi använder cookies för att ge dig den bästa upplevelsen av vår webbplats. Om du fortsätter att använda webbplatsen utgår vi från att du godkänner detta.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="Nej">Nej</a><a href="<?php echo esc_url( $privacy ? $privacy : home_url( '/integritetspolicy/' ) ); ?>" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Integritetspolicy">Integritetspolicy</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="Nej"></span></div>
			
		</div>
		<!-- / Cookie Notice plugin -->
	<?php
}
add_action( 'wp_footer', 'tidig_cookie_notice', 100 );

/* ------------------------------------------------------------------------
 * Sidopanelens standardinnehåll (om inga widgetar är utplacerade)
 * --------------------------------------------------------------------- */
function tidig_widget_args( $id, $class ) {
	return array(
		'before_widget' => '<aside id="' . $id . '" class="td_block_template_1 widget ' . $id . ' ' . $class . '">',
		'after_widget'  => '</aside>',
		'before_title'  => '<h4 class="block-title"><span>',
		'after_title'   => '</span></h4>',
	);
}

function tidig_newsletter_widget() {
	$form_id = 412;
	?>
<aside id="mc4wp_form_widget-2" class="td_block_template_1 widget mc4wp_form_widget-2 widget_mc4wp_form_widget"><h4 class="block-title"><span>Nyhetsbrev</span></h4><script>(function() {window.mc4wp = window.mc4wp || {listeners: [],forms: {on: function(evt, cb) {window.mc4wp.listeners.push({event: evt,callback: cb});}}}})();</script><!-- Mailchimp for WordPress v4.8.11 - https://wordpress.org/plugins/mailchimp-for-wp/ --><form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-<?php echo (int) $form_id; ?>" method="post" data-id="<?php echo (int) $form_id; ?>" data-name="Nyhetsbrev" ><div class="mc4wp-form-fields"><p>Få VD-bloggen och nyheter från bostadsbolaget direkt i inkorgen – ungefär en gång i månaden.</p>
<p>
    <label>E-postadress:
        <input type="email" name="EMAIL" placeholder="Din e-postadress" required />
</label>
</p>
<p>
    <input type="submit" value="Prenumerera" />
</p></div><label style="display: none !important;">Lämna detta fält tomt om du är en människa: <input type="text" name="_mc4wp_honeypot" value="" tabindex="-1" autocomplete="off" /></label><input type="hidden" name="_mc4wp_timestamp" value="<?php echo (int) time(); ?>" /><input type="hidden" name="_mc4wp_form_id" value="<?php echo (int) $form_id; ?>" /><input type="hidden" name="_mc4wp_form_element_id" value="mc4wp-form-1" /><div class="mc4wp-response"></div></form><!-- / Mailchimp for WordPress Plugin --></aside>
	<?php
}

function tidig_social_counter() {
	$uid = tidig_uid();
	?>
<div class="td_block_wrap td_block_social_counter <?php echo esc_attr( $uid ); ?> td-social-style2 td-social-colored td-pb-border-top td_block_template_1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">HÅLL DIG UPPKOPPLAD</span></h4></div><div class="td-social-list"><div class="td_social_type td-pb-margin-side td_social_facebook"><div class="td-social-box"><div class="td-sp td-sp-facebook"></div><span class="td_social_info td_social_info_counter">1,482</span><span class="td_social_info td_social_info_name">Fans</span><span class="td_social_button"><a href="https://www.facebook.com/bostadsbolaget" target="_blank" >Gilla</a></span></div></div><div class="td_social_type td-pb-margin-side td_social_linkedin"><div class="td-social-box"><div class="td-sp td-sp-linkedin"></div><span class="td_social_info td_social_info_counter">2,310</span><span class="td_social_info td_social_info_name">Följare</span><span class="td_social_button"><a href="https://www.linkedin.com/company/bostadsbolaget" target="_blank" >Följ</a></span></div></div><div class="td_social_type td-pb-margin-side td_social_instagram"><div class="td-social-box"><div class="td-sp td-sp-instagram"></div><span class="td_social_info td_social_info_counter">967</span><span class="td_social_info td_social_info_name">Följare</span><span class="td_social_button"><a href="https://instagram.com/bostadsbolaget" target="_blank" >Följ</a></span></div></div></div></div>
	<?php
}

function tidig_default_sidebar() {
	tidig_social_counter();
	echo tidig_ad( 'sidebar' ); // phpcs:ignore
	echo tidig_block_7( 'POPULÄRA INLÄGG', array( 'orderby' => 'comment_count', 'order' => 'DESC' ) ); // phpcs:ignore
	tidig_newsletter_widget();
	the_widget(
		'WP_Widget_Recent_Comments',
		array(
			'title'  => 'Senaste kommentarerna',
			'number' => 5,
		),
		tidig_widget_args( 'recent-comments-2', 'widget_recent_comments' )
	);
	the_widget(
		'WP_Widget_Archives',
		array(
			'title'    => 'Arkiv',
			'count'    => 0,
			'dropdown' => 0,
		),
		tidig_widget_args( 'archives-2', 'widget_archive' )
	);
	the_widget(
		'WP_Widget_Tag_Cloud',
		array(
			'title'    => 'Taggar',
			'taxonomy' => 'post_tag',
		),
		tidig_widget_args( 'tag_cloud-2', 'widget_tag_cloud' )
	);
}
