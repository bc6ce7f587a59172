<?php
/**
 * enfilad – a classic theme printing pages the way Enfold (Kriesi) does.
 *
 * The helpers below mirror Enfold's own template helpers (avia_title(),
 * avia_breadcrumbs(), avia_markup_helper(), av_blog_entry_markup_helper(),
 * avia_pagination(), avia_post_nav(), avia_social_share_links(), the avia_newsbox
 * widget) under an enfilad_ prefix. All visible text is hard-coded Swedish.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Enfold's single.php passes 'heading' => 'strong' to avia_title(): on a single
 * post the title bar's "main-title entry-title" is a <strong>, everywhere else an <h1>.
 * Change to 'h1' to get an <h1> on single posts too.
 */
if ( ! defined( 'ENFILAD_SINGLE_TITLE_TAG' ) ) {
	define( 'ENFILAD_SINGLE_TITLE_TAG', 'strong' );
}

/* Enfold's blog layout option "Single Author, big preview Pic". */
if ( ! defined( 'ENFILAD_BLOG_STYLE' ) ) {
	define( 'ENFILAD_BLOG_STYLE', 'single-big' );
}

require_once get_template_directory() . '/includes/loop-comments.php';

/* ------------------------------------------------------------------------- *
 * Setup
 * ------------------------------------------------------------------------- */

function enfilad_setup() {
	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'post-formats', array( 'link', 'quote', 'gallery', 'video', 'image', 'audio' ) );

	// Enfold's image sizes (functions.php $avia_config['imgSize']).
	add_image_size( 'widget', 36, 36, true );
	add_image_size( 'square', 180, 180, true );
	add_image_size( 'entry_with_sidebar', 845, 321, true );
	add_image_size( 'entry_without_sidebar', 1210, 423, true );

	register_nav_menus(
		array(
			'avia'  => 'Huvudmeny',
			'avia2' => 'Sekundär meny (ovanför logotypen)',
			'avia3' => 'Sidfotsmeny (socket)',
		)
	);
}
add_action( 'after_setup_theme', 'enfilad_setup' );

function enfilad_widgets_init() {
	$args = array(
		'before_widget' => '<section id="%1$s" class="widget clearfix %2$s">',
		'after_widget'  => '<span class="seperator extralight-border"></span></section>',
		'before_title'  => '<h3 class="widgettitle">',
		'after_title'   => '</h3>',
	);

	register_sidebar( array_merge( $args, array( 'name' => 'Sidopanel blogg', 'id' => 'av_blog' ) ) );
	register_sidebar( array_merge( $args, array( 'name' => 'Sidopanel sidor', 'id' => 'av_pages' ) ) );
	register_sidebar( array_merge( $args, array( 'name' => 'Sidfot - kolumn 1', 'id' => 'av_footer_1' ) ) );
	register_sidebar( array_merge( $args, array( 'name' => 'Sidfot - kolumn 2', 'id' => 'av_footer_2' ) ) );
	register_sidebar( array_merge( $args, array( 'name' => 'Sidfot - kolumn 3', 'id' => 'av_footer_3' ) ) );
}
add_action( 'widgets_init', 'enfilad_widgets_init' );

function enfilad_scripts() {
	wp_enqueue_style( 'avia-style', get_stylesheet_uri(), array(), '1.0', 'all' );
	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'enfilad_scripts' );

/* Enfold strips the #more-123 jump from "read more" links. */
function enfilad_remove_more_jump_link( $link ) {
	$offset = strpos( $link, '#more-' );
	if ( false !== $offset ) {
		$end = strpos( $link, '"', $offset );
		if ( false !== $end ) {
			$link = substr_replace( $link, '', $offset, $end - $offset );
		}
	}
	return $link;
}
add_filter( 'the_content_more_link', 'enfilad_remove_more_jump_link' );

/* Swedish "[…]" for automatic excerpts (what a sv_SE Enfold site prints). */
function enfilad_excerpt_more( $more ) {
	return ' [&hellip;]';
}
add_filter( 'excerpt_more', 'enfilad_excerpt_more' );

/* Swedish password form (Enfold uses WordPress' own form). */
function enfilad_password_form( $output ) {
	global $post;
	$label = 'pwbox-' . ( empty( $post->ID ) ? wp_rand() : $post->ID );
	$out   = '<form action="' . esc_url( site_url( 'wp-login.php?action=postpass', 'login_post' ) ) . '" class="post-password-form" method="post">';
	$out  .= '<p>Detta innehåll är lösenordsskyddat. För att visa det, vänligen ange ditt lösenord nedan:</p>';
	$out  .= '<p><label for="' . esc_attr( $label ) . '">Lösenord: <input name="post_password" id="' . esc_attr( $label ) . '" type="password" size="20" /></label> <input type="submit" name="Submit" value="Skicka" /></p></form>';
	return $out;
}
add_filter( 'the_password_form', 'enfilad_password_form' );

/* "Skyddat: %s" / "Privat: %s" prefixes without relying on a .mo file. */
function enfilad_protected_title_format( $format ) {
	return 'Skyddat: %s';
}
add_filter( 'protected_title_format', 'enfilad_protected_title_format' );

function enfilad_private_title_format( $format ) {
	return 'Privat: %s';
}
add_filter( 'private_title_format', 'enfilad_private_title_format' );

/* Enfold's <html> classes. */
function enfilad_html_class() {
	$id = enfilad_get_the_ID();
	$classes = array(
		'html_stretched',
		'responsive',
		'av-preloader-disabled',
		'html_header_top',
		'html_logo_left',
		'html_main_nav_header',
		'html_menu_right',
		'html_slim',
		'html_header_sticky',
		'html_header_shrinking',
		'html_header_topbar_active',
		'html_mobile_menu_phone',
		'html_header_searchicon',
		'html_content_align_center',
		'html_header_unstick_top_disabled',
		'html_header_stretch_disabled',
		'html_av-overlay-side',
		'html_av-overlay-side-classic',
		'html_av-submenu-noclone',
		'html_entry_id_' . ( $id ? $id : 0 ),
		'av-cookies-consent-show-message-bar',
		'av-cookies-cookie-consent-enabled',
		'av-cookies-can-opt-out',
		'av-cookies-user-silent-accept',
		'avia-cookie-check-browser-settings',
		'av-no-preview',
		'av-default-lightbox',
		'html_text_menu_active',
		'av-mobile-menu-switch-default',
	);
	return implode( ' ', $classes );
}

/* avia_get_the_ID() */
function enfilad_get_the_ID() {
	if ( is_singular() ) {
		return (int) get_queried_object_id();
	}
	$id = get_the_ID();
	return $id ? (int) $id : 0;
}

/* ------------------------------------------------------------------------- *
 * schema.org helper – avia_markup_helper()
 * ------------------------------------------------------------------------- */

function enfilad_markup( $context, $echo = false ) {
	$attributes = array();

	switch ( $context ) {
		case 'body':
			$attributes['itemscope'] = 'itemscope';
			$attributes['itemtype']  = 'https://schema.org/WebPage';
			break;
		case 'header':
			$attributes['role']      = 'banner';
			$attributes['itemscope'] = 'itemscope';
			$attributes['itemtype']  = 'https://schema.org/WPHeader';
			break;
		case 'avia_title':
		case 'entry_title':
			$attributes['itemprop'] = 'headline';
			break;
		case 'nav':
			$attributes['role']      = 'navigation';
			$attributes['itemscope'] = 'itemscope';
			$attributes['itemtype']  = 'https://schema.org/SiteNavigationElement';
			break;
		case 'content':
			$attributes['role']     = 'main';
			$attributes['itemprop'] = 'mainContentOfPage';
			if ( is_singular( 'post' ) ) {
				unset( $attributes['itemprop'] );
			}
			if ( is_singular( 'post' ) || is_archive() || is_home() ) {
				$attributes['itemscope'] = 'itemscope';
				$attributes['itemtype']  = 'https://schema.org/Blog';
			}
			if ( is_search() ) {
				$attributes['itemscope'] = 'itemscope';
				$attributes['itemtype']  = 'https://schema.org/SearchResultsPage';
			}
			break;
		case 'entry':
			global $post;
			$attributes['itemscope'] = 'itemscope';
			$attributes['itemtype']  = 'https://schema.org/CreativeWork';
			if ( is_object( $post ) && 'post' === $post->post_type ) {
				$attributes['itemtype'] = 'https://schema.org/BlogPosting';
				if ( is_main_query() ) {
					$attributes['itemprop'] = 'blogPost';
				}
			}
			break;
		case 'image':
			$attributes['itemprop']  = 'image';
			$attributes['itemscope'] = 'itemscope';
			$attributes['itemtype']  = 'https://schema.org/ImageObject';
			break;
		case 'author':
			$attributes['itemprop']  = 'author';
			$attributes['itemscope'] = 'itemscope';
			$attributes['itemtype']  = 'https://schema.org/Person';
			break;
		case 'author_name':
			$attributes['itemprop'] = 'author';
			break;
		case 'entry_time':
			$attributes['itemprop'] = 'datePublished';
			$attributes['datetime'] = get_the_time( 'c' );
			break;
		case 'entry_content':
			$attributes['itemprop'] = 'text';
			break;
		case 'comment_text':
			$attributes['itemprop'] = 'text';
			break;
		case 'sidebar':
			$attributes['role']      = 'complementary';
			$attributes['itemscope'] = 'itemscope';
			$attributes['itemtype']  = 'https://schema.org/WPSideBar';
			break;
		case 'footer':
			$attributes['role']      = 'contentinfo';
			$attributes['itemscope'] = 'itemscope';
			$attributes['itemtype']  = 'https://schema.org/WPFooter';
			break;
		case 'blog_publisher':
			$attributes['itemprop']  = 'publisher';
			$attributes['itemtype']  = 'https://schema.org/Organization';
			$attributes['itemscope'] = 'itemscope';
			break;
		case 'blog_date_modified':
			$attributes['itemprop'] = 'dateModified';
			$attributes['itemtype'] = 'https://schema.org/dateModified';
			break;
		case 'blog_mainEntityOfPage':
			$attributes['itemprop'] = 'mainEntityOfPage';
			$attributes['itemtype'] = 'https://schema.org/mainEntityOfPage';
			break;
	}

	if ( empty( $attributes ) ) {
		return '';
	}

	$markup = ' ';
	foreach ( $attributes as $key => $value ) {
		$markup .= $key . '="' . $value . '" ';
	}

	if ( $echo ) {
		echo $markup; // phpcs:ignore
		return '';
	}
	return $markup;
}

/**
 * av_blog_entry_markup_helper(): the hidden structured-data block at the end of
 * every article. Note Enfold's habits: the "publisher" name is the AUTHOR's
 * display name, datePublished/dateModified hold the raw local MySQL date
 * (post_date / post_modified), the post title is printed raw.
 */
function enfilad_blog_entry_markup_helper( $id ) {
	$post = get_post( $id );
	if ( ! $post instanceof WP_Post ) {
		return '';
	}

	$logo_url   = get_template_directory_uri() . '/images/logo.svg';
	$url_string = $logo_url;
	$url_w      = 0;
	$url_h      = 0;

	$thumb_id = get_post_thumbnail_id( $id );
	if ( $thumb_id ) {
		$url = wp_get_attachment_image_src( $thumb_id, 'full' );
		if ( is_array( $url ) ) {
			$url_string = $url[0];
			$url_w      = $url[1];
			$url_h      = $url[2];
		}
	}

	$author_name        = get_the_author_meta( 'display_name', $post->post_author );
	$publisher_markup   = enfilad_markup( 'blog_publisher' );
	$author_markup      = enfilad_markup( 'author' );
	$date_markup        = enfilad_markup( 'blog_date_modified' );
	$entry_time_markup  = enfilad_markup( 'entry_time' );
	$main_entity_markup = enfilad_markup( 'blog_mainEntityOfPage' );
	$image_markup       = enfilad_markup( 'image' );

	$output  = "<span class='av-structured-data' {$image_markup} >
		   <span itemprop='url' >{$url_string}</span>
		   <span itemprop='height' >{$url_h}</span>
		   <span itemprop='width' >{$url_w}</span>
		  </span>";
	$output .= "<span class='av-structured-data' {$publisher_markup} >
			<span itemprop='name'>{$author_name}</span>
			<span itemprop='logo' itemscope itemtype='https://schema.org/ImageObject'>
			   <span itemprop='url'>{$logo_url}</span>
			 </span>
		  </span>";
	$output .= "<span class='av-structured-data' {$author_markup} ><span itemprop='name'>{$author_name}</span></span>";
	$output .= "<span class='av-structured-data' {$entry_time_markup} >{$post->post_date}</span>";
	$output .= "<span class='av-structured-data' {$date_markup} >{$post->post_modified}</span>";
	$output .= "<span class='av-structured-data' {$main_entity_markup} ><span itemprop='name'>{$post->post_title}</span></span>";

	return "<span class='hidden'>\n\t\t\t{$output}</span>";
}

/* ------------------------------------------------------------------------- *
 * Title bar + breadcrumbs – avia_title() / avia_breadcrumbs()
 * ------------------------------------------------------------------------- */

/* avia_backend_truncate(): cut at the first $break AFTER $limit characters. */
function enfilad_truncate( $string, $limit, $break = ' ', $pad = '...' ) {
	if ( strlen( $string ) <= $limit ) {
		return $string;
	}
	$breakpoint = strpos( $string, $break, $limit );
	if ( false !== $breakpoint && $breakpoint < strlen( $string ) - 1 ) {
		$string = substr( $string, 0, $breakpoint ) . $pad;
	}
	return $string;
}

/* avia_which_archive(): the title bar text on listings. */
function enfilad_which_archive() {
	$output = '';

	if ( is_category() ) {
		$output = 'Arkiv för kategori: ' . single_cat_title( '', false );
	} elseif ( is_day() ) {
		$output = 'Arkiv för datum: ' . get_the_time( 'j F Y' );
	} elseif ( is_month() ) {
		$output = 'Arkiv för månad: ' . get_the_time( 'F Y' );
	} elseif ( is_year() ) {
		$output = 'Arkiv för år: ' . get_the_time( 'Y' );
	} elseif ( is_search() ) {
		global $wp_query;
		if ( ! empty( $wp_query->found_posts ) ) {
			if ( $wp_query->found_posts > 1 ) {
				$output = $wp_query->found_posts . ' sökresultat för: ' . esc_attr( get_search_query() );
			} else {
				$output = $wp_query->found_posts . ' sökresultat för: ' . esc_attr( get_search_query() );
			}
		} else {
			if ( ! empty( $_GET['s'] ) ) { // phpcs:ignore
				$output = 'Sökresultat för: ' . esc_attr( get_search_query() );
			} else {
				$output = 'För att söka på webbplatsen, skriv ett sökord';
			}
		}
	} elseif ( is_author() ) {
		$curauth = get_queried_object();
		$output  = 'Författararkiv ';
		if ( $curauth instanceof WP_User ) {
			// Enfold prints the author's *nickname* here, not the display name.
			$output .= 'för: ' . $curauth->nickname;
		}
	} elseif ( is_tag() ) {
		$output = 'Taggarkiv för: ' . single_tag_title( '', false );
	} elseif ( is_tax() ) {
		$term   = get_queried_object();
		$output = 'Arkiv för: ' . ( $term instanceof WP_Term ? $term->name : '' );
	} else {
		$output = 'Arkiv ';
	}

	return $output;
}

/* avia_breadcrumbs_get_parents() for pages */
function enfilad_breadcrumb_page_parents( $post_id ) {
	$trail   = array();
	$parents = array();
	while ( $post_id ) {
		$page = get_post( $post_id );
		if ( ! $page ) {
			break;
		}
		$parents[] = '<a href="' . esc_url( get_permalink( $page->ID ) ) . '" title="' . esc_attr( get_the_title( $page->ID ) ) . '">' . get_the_title( $page->ID ) . '</a>';
		$post_id   = $page->post_parent;
	}
	if ( $parents ) {
		$trail = array_reverse( $parents );
	}
	return $trail;
}

function enfilad_breadcrumb_term_parents( $term_id, $taxonomy ) {
	$trail   = array();
	$parents = array();
	$term    = get_term( $term_id, $taxonomy );
	while ( $term instanceof WP_Term && $term->parent ) {
		$term = get_term( $term->parent, $taxonomy );
		if ( $term instanceof WP_Term ) {
			$parents[] = '<a href="' . esc_url( get_term_link( $term ) ) . '" title="' . esc_attr( $term->name ) . '">' . $term->name . '</a>';
		}
	}
	if ( $parents ) {
		$trail = array_reverse( $parents );
	}
	return $trail;
}

function enfilad_breadcrumbs() {
	global $wp_query;

	// Enfold shows no trail at all on the front page (including /page/2/).
	if ( is_front_page() ) {
		return '';
	}

	$trail   = array();
	$trail[] = '<a href="' . esc_url( home_url( '/' ) ) . '" title="' . esc_attr( get_bloginfo( 'name' ) ) . '" rel="home" class="trail-begin">Hem</a>';

	$posts_page = (int) get_option( 'page_for_posts' );

	if ( is_home() ) {
		if ( $posts_page ) {
			$page = get_post( $posts_page );
			if ( $page && $page->post_parent ) {
				$trail = array_merge( $trail, enfilad_breadcrumb_page_parents( $page->post_parent ) );
			}
			$trail['trail_end'] = get_the_title( $posts_page );
		}
	} elseif ( is_singular() ) {
		$post    = $wp_query->get_queried_object();
		$post_id = absint( $wp_query->get_queried_object_id() );

		if ( $post instanceof WP_Post && 0 !== (int) $post->post_parent ) {
			$trail = array_merge( $trail, enfilad_breadcrumb_page_parents( $post->post_parent ) );
		}

		if ( $post instanceof WP_Post && 'post' === $post->post_type ) {
			if ( 'page' === get_option( 'show_on_front' ) && $posts_page ) {
				$trail = array_merge( $trail, enfilad_breadcrumb_page_parents( $posts_page ) );
			}

			$category = get_the_category( $post_id );
			$parents  = array();
			foreach ( $category as $cat ) {
				if ( ! empty( $cat->parent ) ) {
					$chain = get_category_parents( $cat->cat_ID, true, '$$$', false );
					if ( is_string( $chain ) ) {
						foreach ( explode( '$$$', $chain ) as $parent_item ) {
							if ( $parent_item ) {
								$parents[] = $parent_item;
								$trail[]   = $parent_item;
							}
						}
					}
					break;
				}
			}
			if ( isset( $category[0] ) && empty( $parents ) ) {
				$trail[] = '<a href="' . esc_url( get_category_link( $category[0]->term_id ) ) . '">' . $category[0]->cat_name . '</a>';
			}
		}

		$post_title = get_the_title( $post_id );
		if ( ! empty( $post_title ) ) {
			$trail['trail_end'] = $post_title;
		}
	} elseif ( is_category() || is_tag() || is_tax() ) {
		$term = $wp_query->get_queried_object();
		if ( $term instanceof WP_Term ) {
			if ( is_taxonomy_hierarchical( $term->taxonomy ) && $term->parent ) {
				$trail = array_merge( $trail, enfilad_breadcrumb_term_parents( $term->term_id, $term->taxonomy ) );
			}
			$trail['trail_end'] = $term->name;
		}
	} elseif ( is_author() ) {
		$trail['trail_end'] = get_the_author_meta( 'display_name', (int) get_query_var( 'author' ) );
	} elseif ( is_date() ) {
		if ( is_day() ) {
			$trail[]            = '<a href="' . esc_url( get_year_link( get_the_time( 'Y' ) ) ) . '" title="' . esc_attr( get_the_time( 'Y' ) ) . '">' . get_the_time( 'Y' ) . '</a>';
			$trail[]            = '<a href="' . esc_url( get_month_link( get_the_time( 'Y' ), get_the_time( 'm' ) ) ) . '" title="' . esc_attr( get_the_time( 'F' ) ) . '">' . get_the_time( 'F' ) . '</a>';
			$trail['trail_end'] = get_the_time( 'j' );
		} elseif ( is_month() ) {
			$trail[]            = '<a href="' . esc_url( get_year_link( get_the_time( 'Y' ) ) ) . '" title="' . esc_attr( get_the_time( 'Y' ) ) . '">' . get_the_time( 'Y' ) . '</a>';
			$trail['trail_end'] = get_the_time( 'F' );
		} else {
			$trail['trail_end'] = get_the_time( 'Y' );
		}
	} elseif ( is_search() ) {
		$trail['trail_end'] = sprintf( 'Sökresultat för &quot;%1$s&quot;', esc_attr( get_search_query() ) );
	} elseif ( is_404() ) {
		$trail['trail_end'] = '404 Sidan hittades inte';
	}

	// Wrap the end of the trail (truncated like avia_backend_truncate( ..., 70 )).
	if ( ! empty( $trail['trail_end'] ) ) {
		if ( ! is_search() ) {
			$trail['trail_end'] = enfilad_truncate( $trail['trail_end'], 70, ' ', '...' );
		}
		$trail['trail_end'] = '<span class="trail-end">' . $trail['trail_end'] . '</span>';
	}

	// Rich snippets: every link gets its OWN BreadcrumbList wrapper (Enfold habit).
	$position = 1;
	foreach ( $trail as $key => $link ) {
		if ( 'trail_end' === $key ) {
			continue;
		}
		$link = str_replace( '<a ', '<a itemprop="url" ', $link );
		$link = preg_replace( '!^(<a[^>]*>)(.*)</a>$!s', '$1<span itemprop="name">$2</span></a>', $link );
		$trail[ $key ] = '<span  itemscope="itemscope" itemtype="https://schema.org/BreadcrumbList" ><span  itemscope="itemscope" itemtype="https://schema.org/ListItem" itemprop="itemListElement" >' . $link . '<span itemprop="position" class="hidden">' . $position . '</span></span></span>';
		$position++;
	}

	$breadcrumb  = '<div class="breadcrumb breadcrumbs avia-breadcrumbs"><div class="breadcrumb-trail" >';
	$breadcrumb .= '<span class="trail-before"><span class="breadcrumb-title">Du är här:</span></span> ';
	$breadcrumb .= implode( ' <span class="sep">/</span> ', $trail );
	$breadcrumb .= '</div></div>';

	return $breadcrumb;
}

/**
 * avia_title(): the grey title bar below the header.
 * On a single post the heading is the BLOG's title and links to the blog page.
 */
function enfilad_title( $args = array() ) {
	$id = enfilad_get_the_ID();

	$defaults = array(
		'title'      => $id ? get_the_title( $id ) : '',
		'subtitle'   => '',
		'link'       => $id ? get_permalink( $id ) : '',
		'html'       => "<div class='{class} title_container'><div class='container'>{heading_html}{additions}</div></div>",
		'class'      => 'stretch_full container_wrap alternate_color light_bg_color',
		'breadcrumb' => true,
		'additions'  => '',
		'heading'    => 'h1',
	);

	if ( is_tax() || is_category() || is_tag() ) {
		$term = get_queried_object();
		if ( $term instanceof WP_Term ) {
			$term_link        = get_term_link( $term );
			$defaults['link'] = is_wp_error( $term_link ) ? '' : $term_link;
		}
	} elseif ( is_archive() || is_search() || is_404() ) {
		$defaults['link'] = '';
	}

	$args = wp_parse_args( $args, $defaults );

	$title     = $args['title'];
	$link      = $args['link'];
	$class     = $args['class'];
	$additions = $args['additions'];
	$heading   = $args['heading'];

	if ( empty( $title ) ) {
		$class .= ' empty_title ';
	}

	$markup = enfilad_markup( 'avia_title' );
	if ( ! empty( $link ) && ! empty( $title ) ) {
		$title = "<a href='" . esc_url( $link ) . "' rel='bookmark' title='Permanent länk: " . esc_attr( $title ) . "' {$markup}>" . $title . '</a>';
	}
	if ( ! empty( $args['subtitle'] ) ) {
		$additions .= "<div class='title_meta meta-color'>" . wpautop( $args['subtitle'] ) . '</div>';
	}
	if ( $args['breadcrumb'] ) {
		$additions .= enfilad_breadcrumbs();
	}

	$heading_html = $title ? "<{$heading} class='main-title entry-title '>{$title}</{$heading}>" : '';

	$html = $args['html'];
	$html = str_replace( '{heading_html}', $heading_html, $html );
	$html = str_replace( '{class}', $class, $html );
	$html = str_replace( '{additions}', $additions, $html );

	return $html;
}

/* The blog's name/link as Enfold's single.php computes it. */
function enfilad_blog_title_args() {
	$title  = 'Blogg - Senaste nytt';
	$t_link = home_url( '/' );

	$blog_page = (int) get_option( 'page_for_posts' );
	if ( 'page' === get_option( 'show_on_front' ) && $blog_page ) {
		$title  = get_the_title( $blog_page );
		$t_link = get_permalink( $blog_page );
	}

	return array(
		'heading' => ENFILAD_SINGLE_TITLE_TAG,
		'title'   => $title,
		'link'    => $t_link,
	);
}

/* ------------------------------------------------------------------------- *
 * Pagination – avia_pagination()
 * ------------------------------------------------------------------------- */

function enfilad_pagination() {
	global $wp_query;

	$pages = isset( $wp_query->max_num_pages ) ? (int) $wp_query->max_num_pages : 1;
	if ( $pages < 1 ) {
		$pages = 1;
	}
	if ( 1 === $pages ) {
		return '';
	}

	$paged     = max( 1, (int) get_query_var( 'paged' ) );
	$range     = 2;
	$showitems = ( $range * 2 ) + 1;

	$output  = "<nav class='pagination'>";
	$output .= "<span class='pagination-meta'>" . sprintf( 'Sida %d av %d', $paged, $pages ) . '</span>';

	if ( $paged > 2 && $paged > $range + 1 && $showitems < $pages ) {
		$output .= "<a href='" . esc_url( get_pagenum_link( 1 ) ) . "'>&laquo;</a>";
	}
	if ( $paged > 1 && $showitems < $pages ) {
		$output .= "<a href='" . esc_url( get_pagenum_link( $paged - 1 ) ) . "'>&lsaquo;</a>";
	}

	for ( $i = 1; $i <= $pages; $i++ ) {
		if ( 1 !== $pages && ( ! ( $i >= $paged + $range + 1 || $i <= $paged - $range - 1 ) || $pages <= $showitems ) ) {
			$output .= ( $paged === $i ) ? "<span class='current'>" . $i . '</span>' : "<a href='" . esc_url( get_pagenum_link( $i ) ) . "' class='inactive' >" . $i . '</a>';
		}
	}

	if ( $paged < $pages && $showitems < $pages ) {
		$output .= "<a href='" . esc_url( get_pagenum_link( $paged + 1 ) ) . "'>&rsaquo;</a>";
	}
	if ( $paged < $pages - 1 && $paged + $range - 1 < $pages && $showitems < $pages ) {
		$output .= "<a href='" . esc_url( get_pagenum_link( $pages ) ) . "'>&raquo;</a>";
	}

	$output .= "</nav>\n";
	return $output;
}

/* ------------------------------------------------------------------------- *
 * Share box – avia_social_share_links()
 * ------------------------------------------------------------------------- */

function enfilad_share_links() {
	$permalink = get_permalink();
	$title     = rawurlencode( wp_strip_all_tags( html_entity_decode( get_the_title(), ENT_QUOTES, 'UTF-8' ) ) );
	$thumb     = '';
	$thumb_id  = get_post_thumbnail_id();
	if ( $thumb_id ) {
		$src = wp_get_attachment_image_src( $thumb_id, 'masonry' );
		if ( is_array( $src ) ) {
			$thumb = $src[0];
		}
	}

	$links = array(
		'facebook' => array(
			'label' => 'Dela på Facebook',
			'url'   => 'https://www.facebook.com/sharer.php?u=' . $permalink . '&amp;t=' . $title,
		),
		'twitter'  => array(
			'label' => 'Dela på Twitter',
			'url'   => 'https://twitter.com/share?text=' . $title . '&amp;url=' . home_url( '/?p=' . get_the_ID() ),
		),
		'linkedin' => array(
			'label' => 'Dela på LinkedIn',
			'url'   => 'https://linkedin.com/shareArticle?mini=true&amp;title=' . $title . '&amp;url=' . $permalink,
		),
		'pinterest' => array(
			'label' => 'Dela på Pinterest',
			'url'   => 'https://pinterest.com/pin/create/button/?url=' . rawurlencode( $permalink ) . '&amp;description=' . $title . '&amp;media=' . rawurlencode( $thumb ),
		),
		'mail'     => array(
			'label' => 'Dela via e-post',
			'url'   => 'mailto:?subject=' . $title . '&amp;body=' . $permalink,
		),
	);

	$output  = "<div class='av-social-sharing-box av-social-sharing-box-default av-social-sharing-box-fullwidth'>";
	$output .= "<div class='av-share-box'><h5 class='av-share-link-description av-no-toc '>Dela detta inlägg</h5>";
	$output .= "<ul class='av-share-box-list noLightbox'>";
	foreach ( $links as $key => $link ) {
		$target  = 'mail' === $key ? '' : ' target="_blank"';
		$output .= "<li class='av-share-link av-social-link-{$key}' >";
		$output .= "<a{$target} aria-label=\"" . esc_attr( $link['label'] ) . "\" href='" . $link['url'] . "' aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello' title='' data-avia-related-tooltip='" . esc_attr( $link['label'] ) . "' rel=\"noopener\">";
		$output .= "<span class='avia_hidden_link_text'>" . $link['label'] . '</span></a></li>';
	}
	$output .= '</ul></div></div>';

	return $output;
}

/* ------------------------------------------------------------------------- *
 * Previous / next post arrows – avia_post_nav()
 * ------------------------------------------------------------------------- */

function enfilad_post_nav() {
	if ( ! is_singular( 'post' ) ) {
		return '';
	}

	$entries         = array();
	$entries['prev'] = get_previous_post();
	$entries['next'] = get_next_post();

	$output = '';
	foreach ( $entries as $key => $entry ) {
		if ( empty( $entry ) ) {
			continue;
		}
		$the_title = enfilad_truncate( get_the_title( $entry->ID ), 75, ' ' );
		$link      = get_permalink( $entry->ID );
		$image     = get_the_post_thumbnail( $entry->ID, 'thumbnail' );
		$class     = $image ? 'with-image' : 'without-image';
		$icon      = 'prev' === $key ? '' : '';

		$tc1 = "            <span class='entry-title'>{$the_title}</span>";
		$tc2 = $image ? "            <span class='entry-image'>{$image}</span>" : '';

		$output .= "<a class='avia-post-nav avia-post-{$key} {$class}' href='" . esc_url( $link ) . "' >";
		$output .= "    <span class='label iconfont' aria-hidden='true' data-av_icon='{$icon}' data-av_iconfont='entypo-fontello'></span>";
		$output .= "    <span class='entry-info-wrap'>";
		$output .= "        <span class='entry-info'>";
		$output .= 'prev' === $key ? $tc1 . $tc2 : $tc2 . $tc1;
		$output .= '        </span>';
		$output .= '    </span>';
		$output .= '</a>';
	}
	return $output;
}

/* ------------------------------------------------------------------------- *
 * Menus
 * ------------------------------------------------------------------------- */

function enfilad_search_menu_item() {
	$form = get_search_form( array( 'echo' => false ) );
	$out  = '<li id="menu-item-search" class="noMobile menu-item menu-item-search-dropdown menu-item-avia-special" role="menuitem">';
	$out .= '<a aria-label="Sök" href="?s=" rel="nofollow" data-avia-search-tooltip="' . esc_attr( $form ) . '" aria-hidden=\'false\' data-av_icon=\'\' data-av_iconfont=\'entypo-fontello\'><span class="avia_hidden_link_text">Sök</span></a></li>';
	$out .= '<li class="av-burger-menu-main menu-item-avia-special " role="menuitem"><a href="#" aria-label="Meny" aria-hidden="false"><span class="av-hamburger av-hamburger--spin av-js-hamburger"><span class="av-hamburger-box"><span class="av-hamburger-inner"></span><strong>Meny</strong></span></span><span class="avia_hidden_link_text">Meny</span></a></li>';
	return $out;
}

function enfilad_nav_menu_items( $items, $args ) {
	if ( isset( $args->theme_location ) && 'avia' === $args->theme_location ) {
		$items .= enfilad_search_menu_item();
	}
	return $items;
}
add_filter( 'wp_nav_menu_items', 'enfilad_nav_menu_items', 10, 2 );

/* avia_fallback_menu(): Hem + wp_list_pages() + search item */
function enfilad_fallback_menu( $params = array() ) {
	$current = is_front_page() ? "class='current-menu-item'" : '';
	$output  = "<div class='fallback_menu av-main-nav-wrap'>";
	$output .= "<ul class='avia_mega menu av-main-nav'>";
	$output .= "<li {$current}><a href='" . esc_url( home_url( '/' ) ) . "'>Hem</a></li>";
	$output .= wp_list_pages( 'echo=0&sort_column=menu_order&depth=-1&title_li=' );
	$output .= enfilad_search_menu_item();
	$output .= '</ul></div>';
	echo $output; // phpcs:ignore
}

/* Secondary menu in #header_meta: a real housing site has these links. */
function enfilad_secondary_menu_fallback( $params = array() ) {
	$items = array(
		'Mina sidor'        => home_url( '/mina-sidor/' ),
		'Felanmälan'        => home_url( '/felanmalan/' ),
		'Lediga lägenheter' => home_url( '/lediga-lagenheter/' ),
		'Kontakt'           => home_url( '/kontakt/' ),
	);
	$i   = 900;
	$out = '<ul role="menu" class="menu" id="avia2-menu">';
	foreach ( $items as $label => $url ) {
		$out .= '<li role="menuitem" id="menu-item-' . $i . '" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-' . $i . '"><a href="' . esc_url( $url ) . '">' . $label . '</a></li>';
		$i++;
	}
	$out .= '</ul>';
	echo $out; // phpcs:ignore
}

function enfilad_socket_menu_fallback( $params = array() ) {
	$items = array(
		'Integritetspolicy' => home_url( '/integritetspolicy/' ),
		'Cookies'           => home_url( '/cookies/' ),
		'Tillgänglighet'    => home_url( '/tillganglighet/' ),
	);
	$i   = 950;
	$out = '<div class="avia3-menu"><ul role="menu" class="menu" id="avia3-menu">';
	foreach ( $items as $label => $url ) {
		$out .= '<li role="menuitem" id="menu-item-' . $i . '" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-top-level menu-item-top-level-' . ( $i - 949 ) . '"><a href="' . esc_url( $url ) . '" itemprop="url" tabindex="0"><span class="avia-bullet"></span><span class="avia-menu-text">' . $label . '</span><span class="avia-menu-fx"><span class="avia-arrow-wrap"><span class="avia-arrow"></span></span></span></a></li>';
		$i++;
	}
	$out .= '</ul></div>';
	echo $out; // phpcs:ignore
}

/* ------------------------------------------------------------------------- *
 * Default widgets (what the sidebar/footer show when no widgets are set up)
 * ------------------------------------------------------------------------- */

function enfilad_widget_open( $id, $class, $title ) {
	return '<section id="' . esc_attr( $id ) . '" class="widget clearfix ' . esc_attr( $class ) . '"><h3 class="widgettitle">' . $title . '</h3>';
}

function enfilad_widget_close() {
	return '<span class="seperator extralight-border"></span></section>';
}

/* The avia_newsbox widget ("Senaste inlägg" with thumbnails and dates). */
function enfilad_newsbox_widget( $widget_id = 'newsbox-2', $title = 'Senaste inlägg', $count = 4 ) {
	$query = new WP_Query(
		array(
			'post_type'           => 'post',
			'post_status'         => 'publish',
			'posts_per_page'      => $count,
			'ignore_sticky_posts' => true,
			'no_found_rows'       => true,
		)
	);

	$out  = enfilad_widget_open( $widget_id, 'avia-widget-container newsbox', $title );
	$out .= "<ul class='news-wrap image_size_widget'>";

	$time_format = get_option( 'date_format' ) . ' - ' . get_option( 'time_format' );

	while ( $query->have_posts() ) {
		$query->the_post();
		$format = get_post_format() ? get_post_format() : 'standard';
		$image  = get_the_post_thumbnail( get_the_ID(), 'widget' );
		$nothumb = $image ? '' : 'no-news-thumb';

		$out .= "<li class='news-content post-format-{$format}'>";
		$out .= "<a class='news-link' title='" . esc_attr( wp_strip_all_tags( get_the_title() ) ) . "' href='" . esc_url( get_permalink() ) . "'>";
		$out .= "<span class='news-thumb {$nothumb}'>" . $image . '</span>';
		$out .= "<strong class='news-headline'>" . get_the_title();
		$out .= "<span class='news-time'>" . get_the_time( $time_format ) . '</span>';
		$out .= '</strong>';
		$out .= '</a>';
		$out .= '</li>';
	}
	wp_reset_postdata();

	$out .= '</ul>';
	$out .= enfilad_widget_close();
	return $out;
}

function enfilad_default_blog_sidebar() {
	$out  = enfilad_widget_open( 'search-2', 'widget_search', 'Sök i bloggen' );
	$out .= get_search_form( array( 'echo' => false ) );
	$out .= enfilad_widget_close();

	$out .= enfilad_newsbox_widget( 'newsbox-2', 'Senaste inlägg', 4 );

	$out .= enfilad_widget_open( 'text-2', 'widget_text', 'Om bloggen' );
	$out .= '<div class="textwidget"><p>Här skriver vår vd om det som händer i bolaget: nyproduktion, renoveringar, hyresförhandlingar och livet i våra bostadsområden. Kommentera gärna – vi läser allt!</p></div>';
	$out .= enfilad_widget_close();

	$out .= enfilad_widget_open( 'archives-2', 'widget_archive', 'Arkiv' );
	$out .= '<ul>' . wp_get_archives( array( 'type' => 'monthly', 'echo' => 0 ) ) . '</ul>';
	$out .= enfilad_widget_close();

	$out .= enfilad_widget_open( 'categories-2', 'widget_categories', 'Kategorier' );
	$out .= '<ul>' . wp_list_categories(
		array(
			'title_li'   => '',
			'show_count' => 1,
			'echo'       => 0,
		)
	) . '</ul>';
	$out .= enfilad_widget_close();

	$out .= enfilad_newsletter_widget( 'avia_mailchimp_widget-2' );

	return $out;
}

/* Enfold's Mailchimp newsletter widget form. */
function enfilad_newsletter_widget( $id ) {
	$out  = enfilad_widget_open( $id, 'avia-widget-container avia_mailchimp_widget avia_no_block_preview', 'Prenumerera på nyhetsbrevet' );
	$out .= '<div class="av-mailchimp-widget av-mailchimp-widget-style-">';
	$out .= '<p>Få vd-bloggen och nyheter om ditt bostadsområde direkt i inkorgen.</p>';
	$out .= '<form action="' . esc_url( home_url( '/' ) ) . '" method="post" class="avia_ajax_form av-form-labels-hidden avia-mailchimp-form" data-avia-form-id="1" data-avia-redirect="" >';
	$out .= '<fieldset>';
	$out .= '<p class="first_form form_element form_fullwidth av-last-visible-form-element" id="element_avia_0_1"><label for="avia_0_1">E-post <abbr class="required" title="obligatoriskt">*</abbr></label> <input name="avia_0_1" class="text_input is_email" type="text" id="avia_0_1" value="" placeholder="E-post*" /></p>';
	$out .= '<p class="form_element "><input type="hidden" value="1" name="avia_generated_form1" /><input type="submit" value="Prenumerera" class="button" data-sending-label="Skickar" /></p>';
	$out .= '</fieldset></form>';
	$out .= '<div id="ajaxresponse_1" class="ajaxresponse ajaxresponse_1 hidden"></div>';
	$out .= '</div>';
	$out .= enfilad_widget_close();
	return $out;
}

/* Footer column defaults. */
function enfilad_default_footer_column( $column ) {
	$out = '';
	if ( 1 === $column ) {
		$out .= enfilad_widget_open( 'text-3', 'widget_text', 'Om ' . get_bloginfo( 'name' ) );
		$out .= '<div class="textwidget"><p>Vi är ett allmännyttigt bostadsbolag med drygt 6&nbsp;000 hyreslägenheter, lokaler och parkeringsplatser. Vårt uppdrag är att erbjuda trygga och hållbara hem till rimliga hyror.</p>';
		$out .= '<p><a href="' . esc_url( home_url( '/om-oss/' ) ) . '">Läs mer om oss</a></p></div>';
		$out .= enfilad_widget_close();
	} elseif ( 2 === $column ) {
		$out .= enfilad_widget_open( 'recent-comments-2', 'widget_recent_comments', 'Senaste kommentarer' );
		$comments = get_comments(
			array(
				'number'      => 5,
				'status'      => 'approve',
				'post_status' => 'publish',
				'type'        => 'comment',
			)
		);
		$out .= '<ul id="recentcomments">';
		foreach ( (array) $comments as $comment ) {
			$out .= '<li class="recentcomments"><span class="comment-author-link">' . get_comment_author_link( $comment ) . '</span> om <a href="' . esc_url( get_comment_link( $comment ) ) . '">' . get_the_title( $comment->comment_post_ID ) . '</a></li>';
		}
		$out .= '</ul>';
		$out .= enfilad_widget_close();
	} else {
		$out .= enfilad_widget_open( 'text-4', 'widget_text', 'Kundtjänst' );
		$out .= '<div class="textwidget"><p><strong>Besöksadress:</strong> Storgatan 12, 123 45 Stad<br /><strong>Telefon:</strong> 08-123 456 00<br /><strong>E-post:</strong> <a href="mailto:kundtjanst@example.se">kundtjanst@example.se</a></p>';
		$out .= '<p>Telefontider: måndag–torsdag 8–16, fredag 8–12.<br />Vid akuta fel efter kontorstid, ring jouren: 08-123 456 99.</p></div>';
		$out .= enfilad_widget_close();
	}
	return $out;
}

/* ------------------------------------------------------------------------- *
 * Cookie consent bar (Enfold's privacy module) – printed in wp_footer
 * ------------------------------------------------------------------------- */

function enfilad_cookie_consent() {
	?>
<div class="avia-cookie-consent-wrap" aria-hidden="true"><div class='avia-cookie-consent cookiebar-hidden  avia-cookiemessage-bottom'  aria-hidden='true'  data-contents='f3b3b6b0a3e0bd84f7d5c3f5a0f26f2a||v1.0' ><div class="container"><p class='avia_cookie_text'>Vi använder cookies för att ge dig en bättre upplevelse på webbplatsen. Genom att fortsätta godkänner du att vi använder cookies.</p><a href='#' class='avia-button avia-color-theme-color-highlight avia-cookie-consent-button avia-cookie-consent-button-1  avia-cookie-close-bar '  title="Tillåt cookies" >OK</a><a href='#' class='avia-button avia-color-theme-color-highlight avia-cookie-consent-button avia-cookie-consent-button-2 av-extra-cookie-btn  avia-cookie-info-btn '  title="Läs mer om cookies" >Läs mer</a></div></div></div>
<div id='av-consent-extra-info' data-nosnippet class='av-inline-modal main_color avia-hide-popup-close'>
<div  class='av-special-heading av-special-heading-h3 blockquote modern-quote'><h3 class='av-special-heading-tag'  itemprop="headline">Cookie- och sekretessinställningar</h3><div class='special-heading-border'><div class='special-heading-inner-border'></div></div></div><br />
<div class="tabcontainer av-tab-section-tab-title-container sidebar_tab sidebar_tab_left noborder_tabs" role="tablist">
<section class="av_tab_section"><div class="tab active_tab" role="tab" tabindex="0" data-fake-id="#tab-id-1" aria-controls="tab-id-1-content">Hur vi använder cookies</div><div id="tab-id-1-content" class="tab_content active_tab_content" aria-hidden="false"><div class="tab_inner_content invers-color"><p>Vi kan begära att cookies sparas på din enhet. Vi använder cookies för att veta när du besöker våra webbplatser, hur du interagerar med oss och för att berika och anpassa din upplevelse.</p></div></div></section>
<section class="av_tab_section"><div class="tab" role="tab" tabindex="0" data-fake-id="#tab-id-2" aria-controls="tab-id-2-content">Nödvändiga cookies</div><div id="tab-id-2-content" class="tab_content" aria-hidden="true"><div class="tab_inner_content invers-color"><p>Dessa cookies är absolut nödvändiga för att webbplatsen ska fungera. Du kan inte stänga av dem.</p></div></div></section>
<section class="av_tab_section"><div class="tab" role="tab" tabindex="0" data-fake-id="#tab-id-3" aria-controls="tab-id-3-content">Andra externa tjänster</div><div id="tab-id-3-content" class="tab_content" aria-hidden="true"><div class="tab_inner_content invers-color"><p>Vi använder även olika externa tjänster som Google Webfonts, Google Maps och externa videoleverantörer.</p></div></div></section>
<section class="av_tab_section"><div class="tab" role="tab" tabindex="0" data-fake-id="#tab-id-4" aria-controls="tab-id-4-content">Integritetspolicy</div><div id="tab-id-4-content" class="tab_content" aria-hidden="true"><div class="tab_inner_content invers-color"><p>Du kan läsa mer om våra cookies och integritetsinställningar i vår <a href="<?php echo esc_url( home_url( '/integritetspolicy/' ) ); ?>">integritetspolicy</a>.</p></div></div></section>
</div>
<div class="avia-cookie-consent-modal-buttons-wrap"><a href='#' class='avia-button avia-color-theme-color-highlight avia-cookie-consent-button avia-cookie-consent-modal-button  avia-cookie-close-bar ' title="Tillåt cookies" >Acceptera inställningar</a><a href='#' class='avia-button avia-color-theme-color-highlight avia-cookie-consent-button avia-cookie-consent-modal-button av-extra-cookie-btn avia-cookie-hide-notification' title="Neka cookies" >Dölj endast meddelandet</a></div>
</div>
	<?php
}
add_action( 'wp_footer', 'enfilad_cookie_consent', 3 );

/* Enfold's google-webfont/framework globals in wp_head. */
function enfilad_head_extras() {
	echo "\n<!-- google webfont font replacement -->\n";
	echo "<script type='text/javascript'>\n\n\t\t\t\t(function() {\n\t\t\t\t\t/*\tcheck if webfonts are disabled by user setting via cookie - or user must opt in.\t*/\n\t\t\t\t\tvar html = document.getElementsByTagName('html')[0];\n\t\t\t\t\tvar cookie_check = html.className.indexOf('av-cookies-needs-opt-in') >= 0 || html.className.indexOf('av-cookies-can-opt-out') >= 0;\n\t\t\t\t\tvar allow_continue = true;\n\t\t\t\t\tvar silent_accept_cookie = html.className.indexOf('av-cookies-user-silent-accept') >= 0;\n\n\t\t\t\t\tif( cookie_check && ! silent_accept_cookie )\n\t\t\t\t\t{\n\t\t\t\t\t\tif( ! document.cookie.match(/aviaCookieConsent/) || html.className.indexOf('av-cookies-session-refused') >= 0 )\n\t\t\t\t\t\t{\n\t\t\t\t\t\t\tallow_continue = false;\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t})();\n\t\t\t</script>\n";
}
add_action( 'wp_head', 'enfilad_head_extras', 100 );

/* A few WordPress core strings this theme prints through core functions, in Swedish
 * even when no sv_SE language pack is installed. */
function enfilad_core_strings( $translation, $text, $domain ) {
	if ( 'default' !== $domain ) {
		return $translation;
	}
	static $map = array(
		'There is no excerpt because this is a protected post.' => 'Det finns inget utdrag eftersom detta är ett skyddat inlägg.',
		'Enter your password to view comments.'                  => 'Ange ditt lösenord för att se kommentarerna.',
		'Pingback:'                                              => 'Pingback:',
		'No categories'                                          => 'Inga kategorier',
		'Edit'                                                   => 'Redigera',
	);
	if ( $translation === $text && isset( $map[ $text ] ) ) {
		return $map[ $text ];
	}
	return $translation;
}
add_filter( 'gettext', 'enfilad_core_strings', 10, 3 );

function enfilad_pingback_link() {
	if ( is_singular() && pings_open() ) {
		echo '<link rel="pingback" href="' . esc_url( get_bloginfo( 'pingback_url' ) ) . '" />' . "\n";
	}
	echo '<link rel="profile" href="https://gmpg.org/xfn/11" />' . "\n";
}
add_action( 'wp_head', 'enfilad_pingback_link', 2 );
