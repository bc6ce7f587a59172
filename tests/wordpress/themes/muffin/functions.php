<?php
/**
 * Theme functions: an emulation of BeTheme (Muffin Group) as a Swedish
 * municipal housing company's news blog runs it (BeTheme 20.x era,
 * "Classic" blog layout, share style "simple", translations typed in
 * Theme Options > Translate, so every label is hard-coded Swedish).
 *
 * @package Betheme
 * @author Muffin group
 */

define( 'THEME_DIR', get_template_directory() );
define( 'THEME_URI', get_template_directory_uri() );
define( 'THEME_NAME', 'betheme' );
define( 'THEME_VERSION', '20.9.7' );

/* ---------------------------------------------------------------------------
 * Theme Options | the values this site has saved (BeTheme keeps them in the
 * "betheme" option; here they are fixed)
 * --------------------------------------------------------------------------- */
if ( ! function_exists( 'mfn_opts_get' ) ) {
	function mfn_opts_get( $opt_name, $default = null ) {
		static $opts = array(
			'blog-layout'          => 'classic',
			'blog-columns'         => 3,
			'blog-title'           => 1,
			'blog-meta'            => 1,
			'blog-comments'        => 1,
			'blog-author'          => 1,
			'blog-related'         => 3,
			'blog-related-columns' => 3,
			'related-style'        => 'simple',
			'blog-single-zoom'     => 1,
			'blog-excerpt'         => 26,
			'share'                => 1,
			'share-style'          => 'simple',
			'love'                 => 1,
			'title-heading'        => 1,
			'featured-image-caption' => '',
			'translate'            => 1,
			'translate-published'  => 'Publicerat av',
			'translate-at'         => 'den',
			'translate-tags'       => 'Taggar',
			'translate-categories' => 'Kategorier',
			'translate-all'        => 'Visa alla',
			'translate-related'    => 'Relaterade inlägg',
			'translate-readmore'   => 'Läs mer',
			'translate-like'       => 'Gilla',
			'translate-home'       => 'Hem',
			'translate-you-are-here' => 'Du är här:',
			'translate-prev'       => '&lsaquo; Föregående sida',
			'translate-next'       => 'Nästa sida &rsaquo;',
			'translate-comments'   => 'Kommentarer',
			'translate-search-placeholder' => 'Ange din sökning',
			'translate-search-results' => 'Sökresultat för',
			'translate-search-not-found' => 'Hoppsan... Vi hittade tyvärr ingenting.',
		);
		if ( isset( $opts[ $opt_name ] ) ) {
			return $opts[ $opt_name ];
		}
		return $default;
	}
}

/* ---------------------------------------------------------------------------
 * Setup
 * --------------------------------------------------------------------------- */
function mfn_theme_setup() {
	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'post-formats', array( 'aside', 'gallery', 'link', 'image', 'quote', 'video', 'audio' ) );
	add_theme_support( 'html5', array( 'comment-list', 'comment-form', 'search-form', 'gallery', 'caption' ) );

	// BeTheme image sizes
	add_image_size( 'blog-portfolio', 960, 750, true );
	add_image_size( 'blog-single', 1200, 480, true );
	add_image_size( 'blog-navi', 80, 80, true );
	add_image_size( 'widget-thumbnail', 80, 80, true );

	register_nav_menus( array(
		'main-menu'      => 'Huvudmeny',
		'secondary-menu' => 'Sekundär meny',
		'lang-menu'      => 'Språkmeny',
		'social-menu'    => 'Sociala länkar',
	) );
}
add_action( 'after_setup_theme', 'mfn_theme_setup' );

function mfn_widgets_init() {
	register_sidebar( array(
		'name'          => 'Bloggens sidopanel',
		'id'            => 'mfn-blog',
		'before_widget' => '<aside id="%1$s" class="widget %2$s">',
		'after_widget'  => '</aside>',
		'before_title'  => '<h3>',
		'after_title'   => '</h3>',
	) );
	for ( $i = 1; $i <= 4; $i++ ) {
		register_sidebar( array(
			'name'          => 'Sidfot | Kolumn ' . $i,
			'id'            => 'footer-area-' . $i,
			'before_widget' => '<aside id="%1$s" class="widget %2$s">',
			'after_widget'  => '</aside>',
			'before_title'  => '<h4>',
			'after_title'   => '</h4>',
		) );
	}
}
add_action( 'widgets_init', 'mfn_widgets_init' );

function mfn_styles() {
	wp_enqueue_style( 'style', get_stylesheet_uri(), array(), THEME_VERSION );
	wp_enqueue_style( 'mfn-base', THEME_URI . '/css/base.css', array(), THEME_VERSION );
	wp_enqueue_style( 'mfn-layout', THEME_URI . '/css/layout.css', array(), THEME_VERSION );
	wp_enqueue_style( 'mfn-shortcodes', THEME_URI . '/css/shortcodes.css', array(), THEME_VERSION );
	wp_enqueue_style( 'mfn-animations', THEME_URI . '/assets/animations/animations.min.css', array(), THEME_VERSION );
	wp_enqueue_style( 'mfn-responsive', THEME_URI . '/css/responsive.css', array(), THEME_VERSION );
	wp_enqueue_style( 'mfn-fonts', 'https://fonts.googleapis.com/css?family=Roboto:1,300,400,400italic,500,700,700italic%7CLora:1,300,400,400italic,500,700,700italic', array(), null );
	wp_enqueue_script( 'jquery' );
	wp_enqueue_script( 'mfn-scripts', THEME_URI . '/js/scripts.js', array( 'jquery' ), THEME_VERSION, true );
	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'mfn_styles' );

/* Head extras BeTheme prints through wp_head */
function mfn_head_meta() {
	echo '<meta name="format-detection" content="telephone=no">' . "\n";
	echo '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />' . "\n";
	echo '<link rel="shortcut icon" href="' . esc_url( THEME_URI . '/images/favicon.ico' ) . '" type="image/x-icon" />' . "\n";
	echo "<style id=\"mfn-dnmc-style-css\">\n@media only screen and (min-width: 1240px){body:not(.header-simple) #Top_bar #menu{display:block!important}.tr-menu #Top_bar #menu{background:none!important}#Top_bar .menu > li > ul.mfn-megamenu{width:984px}}\nhtml{background-color:#ffffff}#Wrapper,#Content{background-color:#ffffff}body,button,span.date_label,.timeline_items li h3 span,input[type=\"submit\"],input[type=\"reset\"],input[type=\"button\"],input[type=\"text\"],input[type=\"password\"],input[type=\"tel\"],input[type=\"email\"],textarea,select,.offer_li .title h3{font-family:\"Roboto\",Helvetica,Arial,sans-serif}\n#Subheader .title{font-family:\"Lora\",Helvetica,Arial,sans-serif}\n</style>\n";
	echo "<script id=\"mfn-dnmc-config-js\">\n//<![CDATA[\nwindow.mfn = {mobile_init:1240,nicescroll:40,parallax:\"translate3d\",responsive:1,retina_js:0};\nwindow.mfn_lightbox = {disable:false,disableMobile:false,title:false,};\nwindow.mfn_sliders = {blog:0,clients:0,offer:0,portfolio:0,shop:0,slider:0,testimonials:0};\n//]]>\n</script>\n";
}
add_action( 'wp_head', 'mfn_head_meta', 1 );

/* ---------------------------------------------------------------------------
 * Body classes (BeTheme adds its layout flags here)
 * --------------------------------------------------------------------------- */
function mfn_body_classes( $classes ) {
	$classes[] = 'color-custom';
	$classes[] = 'style-default';
	$classes[] = 'button-default';
	$classes[] = 'layout-full-width';
	if ( ! is_404() ) {
		$classes[] = 'with_aside';
		$classes[] = 'aside_right';
	}
	$classes[] = 'if-zoom';
	$classes[] = 'if-border-hide';
	$classes[] = 'no-content-padding';
	$classes[] = 'header-classic';
	$classes[] = 'minimalist-header-no';
	$classes[] = 'sticky-header';
	$classes[] = 'sticky-tb-color';
	$classes[] = 'ab-show';
	$classes[] = 'subheader-title-left';
	$classes[] = 'menu-link-color';
	$classes[] = 'menuo-right';
	$classes[] = 'menuo-no-borders';
	$classes[] = 'footer-copy-center';
	$classes[] = 'mobile-tb-center';
	$classes[] = 'mobile-side-slide';
	$classes[] = 'mobile-mini-mr-ll';
	$classes[] = 'be-reg-2097';
	return $classes;
}
add_filter( 'body_class', 'mfn_body_classes' );

/* ---------------------------------------------------------------------------
 * Excerpt
 * --------------------------------------------------------------------------- */
function mfn_excerpt_length( $length ) {
	return (int) mfn_opts_get( 'blog-excerpt', 26 );
}
add_filter( 'excerpt_length', 'mfn_excerpt_length', 999 );

function mfn_excerpt_more( $more ) {
	return '&hellip;';
}
add_filter( 'excerpt_more', 'mfn_excerpt_more' );

/* ---------------------------------------------------------------------------
 * Translate helper
 * --------------------------------------------------------------------------- */
function mfn_translate( $key ) {
	return (string) mfn_opts_get( 'translate-' . $key, '' );
}

/* ---------------------------------------------------------------------------
 * Page ID (blog pages use Settings > Reading "Posts page")
 * --------------------------------------------------------------------------- */
if ( ! function_exists( 'mfn_ID' ) ) {
	function mfn_ID() {
		$postID = false;
		if ( ! is_404() ) {
			if ( is_home() || is_archive() || is_search() ) {
				$postID = get_option( 'page_for_posts' );
			} else {
				$postID = get_the_ID();
			}
		}
		return $postID;
	}
}

/* ---------------------------------------------------------------------------
 * Current page URL (BeTheme rebuilds it from $_SERVER, query string included)
 * --------------------------------------------------------------------------- */
if ( ! function_exists( 'mfn_current_URL' ) ) {
	function mfn_current_URL() {
		$host = isset( $_SERVER['HTTP_HOST'] ) ? $_SERVER['HTTP_HOST'] : wp_parse_url( home_url(), PHP_URL_HOST );
		$uri  = isset( $_SERVER['REQUEST_URI'] ) ? $_SERVER['REQUEST_URI'] : '/';
		return ( is_ssl() ? 'https://' : 'http://' ) . $host . $uri;
	}
}

/* ---------------------------------------------------------------------------
 * Subheader | Page Title
 * --------------------------------------------------------------------------- */
if ( ! function_exists( 'mfn_page_title' ) ) {
	function mfn_page_title( $echo = false ) {
		if ( is_home() ) {
			// blog: BeTheme asks for the "Posts page" title; with no posts page
			// set get_the_title(0) falls back to the global $post, i.e. the
			// first post of the listing.
			$title = get_the_title( mfn_ID() );
		} elseif ( is_search() ) {
			$title = mfn_translate( 'search-results' ) . ' &#8221;' . esc_html( get_search_query() ) . '&#8221;';
		} elseif ( is_tag() ) {
			$title = single_tag_title( '', false );
		} elseif ( is_category() ) {
			$title = single_cat_title( '', false );
		} elseif ( is_author() ) {
			$title = (string) get_the_author();
		} elseif ( is_day() ) {
			$title = get_the_time( 'd' );
		} elseif ( is_month() ) {
			$title = get_the_time( 'F' );
		} elseif ( is_year() ) {
			$title = get_the_time( 'Y' );
		} elseif ( is_single() || is_page() ) {
			$title = get_the_title( mfn_ID() );
		} else {
			$title = get_the_title( mfn_ID() );
		}

		$title = (string) $title;
		if ( $echo ) {
			echo wp_kses_post( $title );
		}
		return $title;
	}
}

/* ---------------------------------------------------------------------------
 * Breadcrumbs
 * --------------------------------------------------------------------------- */
if ( ! function_exists( 'mfn_breadcrumbs' ) ) {
	function mfn_breadcrumbs( $class = false ) {
		global $post;

		$breadcrumbs = array();
		$separator   = ' <span><i class="icon-right-open"></i></span>';

		// home prefix
		$breadcrumbs[] = '<a href="' . esc_url( home_url() ) . '">' . esc_html( mfn_translate( 'home' ) ) . '</a>';

		// blog page (Settings > Reading)
		if ( get_post_type() == 'post' && ! is_search() ) {
			$blogID = (int) get_option( 'page_for_posts' );
			if ( $blogID ) {
				$breadcrumbs[] = '<a href="' . esc_url( get_permalink( $blogID ) ) . '">' . wp_kses_post( get_the_title( $blogID ) ) . '</a>';
			}
		}

		if ( is_front_page() || is_home() ) {
			// do nothing
		} elseif ( is_search() ) {
			$breadcrumbs[] = '<a href="' . esc_url( mfn_current_URL() ) . '">' . esc_html( get_search_query() ) . '</a>';
		} elseif ( is_tag() ) {
			$breadcrumbs[] = '<a href="' . esc_url( mfn_current_URL() ) . '">' . esc_html( single_tag_title( '', false ) ) . '</a>';
		} elseif ( is_category() ) {
			$cat = get_queried_object();
			if ( $cat && ! empty( $cat->parent ) ) {
				$parents = get_category_parents( $cat->parent, true, $separator );
				if ( ! is_wp_error( $parents ) ) {
					$breadcrumbs[] = $parents;
				}
			}
			$breadcrumbs[] = '<a href="' . esc_url( mfn_current_URL() ) . '">' . esc_html( single_cat_title( '', false ) ) . '</a>';
		} elseif ( is_author() ) {
			$breadcrumbs[] = '<a href="' . esc_url( mfn_current_URL() ) . '">' . esc_html( get_the_author() ) . '</a>';
		} elseif ( is_day() ) {
			$breadcrumbs[] = '<a href="' . esc_url( get_year_link( get_the_time( 'Y' ) ) ) . '">' . esc_html( get_the_time( 'Y' ) ) . '</a>';
			$breadcrumbs[] = '<a href="' . esc_url( get_month_link( get_the_time( 'Y' ), get_the_time( 'm' ) ) ) . '">' . esc_html( get_the_time( 'F' ) ) . '</a>';
			$breadcrumbs[] = '<a href="' . esc_url( mfn_current_URL() ) . '">' . esc_html( get_the_time( 'd' ) ) . '</a>';
		} elseif ( is_month() ) {
			$breadcrumbs[] = '<a href="' . esc_url( get_year_link( get_the_time( 'Y' ) ) ) . '">' . esc_html( get_the_time( 'Y' ) ) . '</a>';
			$breadcrumbs[] = '<a href="' . esc_url( mfn_current_URL() ) . '">' . esc_html( get_the_time( 'F' ) ) . '</a>';
		} elseif ( is_year() ) {
			$breadcrumbs[] = '<a href="' . esc_url( mfn_current_URL() ) . '">' . esc_html( get_the_time( 'Y' ) ) . '</a>';
		} elseif ( is_single() && ! is_attachment() ) {
			// blog single: first category with its parents, then the post
			$cat = get_the_category();
			if ( ! empty( $cat ) ) {
				$parents = get_category_parents( $cat[0]->term_id, true, $separator );
				if ( ! is_wp_error( $parents ) ) {
					$breadcrumbs[] = $parents;
				}
			}
			$breadcrumbs[] = '<a href="' . esc_url( mfn_current_URL() ) . '">' . get_the_title() . '</a>';
		} elseif ( is_page() && $post && $post->post_parent ) {
			$parent_id = $post->post_parent;
			$parents   = array();
			while ( $parent_id ) {
				$page      = get_post( $parent_id );
				$parents[] = '<a href="' . esc_url( get_permalink( $page->ID ) ) . '">' . wp_kses_post( get_the_title( $page->ID ) ) . '</a>';
				$parent_id = $page->post_parent;
			}
			$breadcrumbs   = array_merge( $breadcrumbs, array_reverse( $parents ) );
			$breadcrumbs[] = '<a href="' . esc_url( mfn_current_URL() ) . '">' . wp_kses_post( get_the_title( mfn_ID() ) ) . '</a>';
		} else {
			$breadcrumbs[] = '<a href="' . esc_url( mfn_current_URL() ) . '">' . wp_kses_post( get_the_title( mfn_ID() ) ) . '</a>';
		}

		echo '<ul class="breadcrumbs ' . esc_attr( $class ) . '">';
		echo '<li>' . esc_html( mfn_translate( 'you-are-here' ) ) . '</li>';

		$count = count( $breadcrumbs );
		$i     = 1;
		foreach ( $breadcrumbs as $bc ) {
			if ( strpos( $bc, $separator ) ) {
				// category parents: one <li> holding the whole chain, separator included
				echo '<li>' . $bc . '</li>';
			} else {
				if ( $i == $count ) {
					$separator = '';
				}
				echo '<li>' . $bc . $separator . '</li>';
			}
			$i++;
		}
		echo '</ul>';
	}
}

/* ---------------------------------------------------------------------------
 * Love (BeTheme "like" counter, stored in post meta mfn-post-love)
 * The real theme seeds the meta on first view; here it is only read, and a
 * site that has been running for years shows non-zero counts.
 * --------------------------------------------------------------------------- */
if ( ! function_exists( 'mfn_love' ) ) {
	function mfn_love() {
		$post = get_post();
		if ( ! $post || ! mfn_opts_get( 'love' ) ) {
			return '';
		}
		$love_count = get_post_meta( $post->ID, 'mfn-post-love', true );
		if ( '' === $love_count || false === $love_count ) {
			$love_count = ( $post->ID * 37 ) % 41;
		}
		$class = isset( $_COOKIE[ 'mfn-post-love-' . $post->ID ] ) ? 'loved' : '';
		return '<a href="#" class="mfn-love ' . esc_attr( $class ) . '" data-id="' . esc_attr( $post->ID ) . '"><span class="icons-wrapper"><i class="icon-heart-empty-fa"></i><i class="icon-heart-fa"></i></span><span class="label">' . esc_html( $love_count ) . '</span></a>';
	}
}

/* ---------------------------------------------------------------------------
 * Post thumbnail (blog listing / single / related)
 * --------------------------------------------------------------------------- */
if ( ! function_exists( 'mfn_post_thumbnail' ) ) {
	function mfn_post_thumbnail( $postID, $type = false ) {
		if ( ! has_post_thumbnail( $postID ) ) {
			return '';
		}
		$large = wp_get_attachment_image_src( get_post_thumbnail_id( $postID ), 'large' );
		$large = $large ? $large[0] : '';

		if ( 'related' == $type ) {
			$sizeH       = 'blog-portfolio';
			$link_before = '<a href="' . esc_url( get_permalink( $postID ) ) . '"><div class="mask"></div>';
			$link_after  = '</a><div class="image_links double"><a href="' . esc_url( $large ) . '" class="zoom" rel="prettyphoto"><i class="icon-search"></i></a><a href="' . esc_url( get_permalink( $postID ) ) . '" class="link"><i class="icon-link"></i></a></div>';
		} elseif ( is_single( $postID ) ) {
			$sizeH = 'blog-single';
			if ( mfn_opts_get( 'blog-single-zoom' ) ) {
				$link_before = '<a href="' . esc_url( $large ) . '" rel="prettyphoto"><div class="mask"></div>';
				$link_after  = '</a><div class="image_links"><a href="' . esc_url( $large ) . '" class="zoom" rel="prettyphoto"><i class="icon-search"></i></a></div>';
			} else {
				$link_before = $link_after = '';
			}
		} else {
			$sizeH       = 'blog-portfolio';
			$link_before = '<a href="' . esc_url( get_permalink( $postID ) ) . '"><div class="mask"></div>';
			$link_after  = '</a><div class="image_links double"><a href="' . esc_url( $large ) . '" class="zoom" rel="prettyphoto"><i class="icon-search"></i></a><a href="' . esc_url( get_permalink( $postID ) ) . '" class="link"><i class="icon-link"></i></a></div>';
		}

		return $link_before . get_the_post_thumbnail( $postID, $sizeH, array( 'class' => 'scale-with-grid' ) ) . $link_after;
	}
}

/* ---------------------------------------------------------------------------
 * Share | style "simple"
 * --------------------------------------------------------------------------- */
if ( ! function_exists( 'mfn_share' ) ) {
	function mfn_share( $container = 'footer' ) {
		$url   = rawurlencode( get_permalink() );
		$title = rawurlencode( wp_strip_all_tags( get_the_title() ) );
		$out   = '<div class="share-simple-wrapper ' . esc_attr( $container ) . '">';
		$out  .= '<span class="share-label">Dela</span>';
		$out  .= '<div class="icons">';
		$out  .= '<a target="_blank" class="facebook" href="https://www.facebook.com/sharer/sharer.php?u=' . $url . '"><i class="icon-facebook"></i></a>';
		$out  .= '<a target="_blank" class="twitter" href="https://twitter.com/intent/tweet?text=' . $title . '.+' . $url . '"><i class="icon-twitter"></i></a>';
		$out  .= '<a target="_blank" class="linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=' . $url . '"><i class="icon-linkedin"></i></a>';
		$out  .= '<a target="_blank" class="mail" href="mailto:?subject=' . $title . '&amp;body=' . $url . '"><i class="icon-mail-line"></i></a>';
		$out  .= '</div>';
		$out  .= '<div class="button-love">' . mfn_love() . '</div>';
		$out  .= '</div>';
		return $out;
	}
}

/* ---------------------------------------------------------------------------
 * Pagination for Blog (BeTheme's pager markup around paginate_links())
 * --------------------------------------------------------------------------- */
if ( ! function_exists( 'mfn_pagination' ) ) {
	function mfn_pagination( $query = false ) {
		global $wp_query;
		if ( ! $query ) {
			$query = $wp_query;
		}
		$total = (int) $query->max_num_pages;
		if ( $total < 2 ) {
			return '';
		}
		$paged = max( 1, (int) get_query_var( 'paged' ) );

		$links = paginate_links( array(
			'total'     => $total,
			'current'   => $paged,
			'type'      => 'array',
			'prev_next' => false,
			'end_size'  => 1,
			'mid_size'  => 2,
		) );

		$output  = '<div class="column one pager_wrapper">';
		$output .= '<div class="pager">';
		if ( $paged > 1 ) {
			$output .= '<a class="prev_page" href="' . esc_url( get_pagenum_link( $paged - 1 ) ) . '"><i class="icon-left-open"></i>' . mfn_translate( 'prev' ) . '</a>';
		}
		$output .= '<div class="pages">';
		if ( is_array( $links ) ) {
			foreach ( $links as $link ) {
				// paginate_links gives page-numbers / current / dots; BeTheme names them page / active
				$link    = str_replace( 'page-numbers current', 'page active', $link );
				$link    = str_replace( 'page-numbers dots', 'page', $link );
				$link    = str_replace( 'page-numbers', 'page', $link );
				$output .= $link;
			}
		}
		$output .= '</div>';
		if ( $paged < $total ) {
			$output .= '<a class="next_page" href="' . esc_url( get_pagenum_link( $paged + 1 ) ) . '">' . mfn_translate( 'next' ) . '<i class="icon-right-open"></i></a>';
		}
		$output .= '</div>';
		$output .= '</div>' . "\n";
		return $output;
	}
}

/* ---------------------------------------------------------------------------
 * Main menu fallback (no menu assigned): pages + categories
 * --------------------------------------------------------------------------- */
if ( ! function_exists( 'mfn_wp_page_menu' ) ) {
	function mfn_wp_page_menu() {
		echo '<ul id="menu-main-menu" class="menu menu-main">';
		echo '<li class="menu-item menu-item-type-custom' . ( is_front_page() ? ' current-menu-item' : '' ) . '"><a href="' . esc_url( home_url( '/' ) ) . '"><span>Start</span></a></li>';
		wp_list_pages( array(
			'title_li'    => '',
			'sort_column' => 'menu_order',
			'depth'       => 3,
			'link_before' => '<span>',
			'link_after'  => '</span>',
		) );
		echo '<li class="menu-item menu-item-has-children"><a href="' . esc_url( home_url( '/' ) ) . '"><span>Nyheter</span></a><ul class="sub-menu">';
		wp_list_categories( array(
			'title_li' => '',
			'depth'    => 1,
			'orderby'  => 'name',
		) );
		echo '</ul></li>';
		echo '<li class="menu-item"><a href="#Footer"><span>Kontakt</span></a></li>';
		echo '</ul>';
	}
}

/* ---------------------------------------------------------------------------
 * Sidebar widgets: the site's saved widgets, or (fresh install) the same
 * widgets rendered with the_widget()
 * --------------------------------------------------------------------------- */
function mfn_sidebar_widgets() {
	if ( is_active_sidebar( 'mfn-blog' ) ) {
		dynamic_sidebar( 'mfn-blog' );
		return;
	}
	$args = array(
		'before_widget' => '<aside class="widget %s">',
		'after_widget'  => '</aside>',
		'before_title'  => '<h3>',
		'after_title'   => '</h3>',
	);
	the_widget( 'WP_Widget_Search', array( 'title' => '' ), $args );
	the_widget( 'WP_Widget_Recent_Posts', array( 'title' => 'Senaste nytt', 'number' => 5, 'show_date' => true ), $args );
	the_widget( 'WP_Widget_Text', array(
		'title'  => 'Om bloggen',
		'text'   => '<p>Här skriver vår vd om vad som händer i bolaget: nybyggnation, renoveringar, hyresförhandlingar och livet i våra bostadsområden. Kommentera gärna – vi läser allt!</p><p><a href="#Footer">Kontakta kundservice</a></p>',
		'filter' => true,
		'visual' => true,
	), $args );
	the_widget( 'WP_Widget_Categories', array( 'title' => 'Kategorier', 'count' => 1, 'hierarchical' => 1, 'dropdown' => 0 ), $args );
	the_widget( 'WP_Widget_Archives', array( 'title' => 'Arkiv', 'count' => 1, 'dropdown' => 0 ), $args );
}

/* ---------------------------------------------------------------------------
 * Footer widgets: saved ones or the site's four text columns
 * --------------------------------------------------------------------------- */
function mfn_footer_column( $i ) {
	if ( is_active_sidebar( 'footer-area-' . $i ) ) {
		dynamic_sidebar( 'footer-area-' . $i );
		return;
	}
	$args = array(
		'before_widget' => '<aside class="widget %s">',
		'after_widget'  => '</aside>',
		'before_title'  => '<h4>',
		'after_title'   => '</h4>',
	);
	switch ( $i ) {
		case 1:
			the_widget( 'WP_Widget_Text', array(
				'title'  => get_bloginfo( 'name' ),
				'text'   => '<p>Ett helägt kommunalt bostadsbolag med drygt 4 000 lägenheter.</p><p>Besöksadress: Storgatan 12<br />Postadress: Box 123, 841 21 Ånge</p><p>Org.nr: 556000-0000</p>',
				'filter' => true,
				'visual' => true,
			), $args );
			break;
		case 2:
			the_widget( 'WP_Widget_Text', array(
				'title'  => 'Kundservice',
				'text'   => '<p>Telefon: <a href="tel:+4669012345">0690-123 45</a><br />E-post: <a href="mailto:kundservice@example.se">kundservice@example.se</a></p><p>Måndag–torsdag 8.00–16.00<br />Fredag 8.00–12.00<br />Lunchstängt 12.00–13.00</p><p><strong>Felanmälan akut</strong> efter kontorstid: 0690-999 99</p>',
				'filter' => true,
				'visual' => true,
			), $args );
			break;
		case 3:
			// newsletter signup (Mailchimp for WordPress markup)
			echo '<aside class="widget widget_mc4wp_form_widget"><h4>Nyhetsbrev</h4>';
			echo '<script>(function() {window.mc4wp = window.mc4wp || {listeners: [],forms: {on: function(evt, cb) {window.mc4wp.listeners.push({event: evt,callback: cb});}}}})();</script><!-- Mailchimp for WordPress v4.8.1 - https://wordpress.org/plugins/mailchimp-for-wp/ -->';
			echo '<form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-2371" method="post" data-id="2371" data-name="Nyhetsbrev"><div class="mc4wp-form-fields"><p>Få våra nyheter direkt i din inkorg.</p><p><label for="mc4wp-email">E-postadress</label><input id="mc4wp-email" type="email" name="EMAIL" placeholder="Din e-postadress" required /></p><p><input type="submit" value="Prenumerera" /></p></div><label style="display: none !important;">Lämna detta fält tomt om du är människa: <input type="text" name="_mc4wp_honeypot" value="" tabindex="-1" autocomplete="off" /></label><input type="hidden" name="_mc4wp_timestamp" value="' . esc_attr( time() ) . '" /><input type="hidden" name="_mc4wp_form_id" value="2371" /><input type="hidden" name="_mc4wp_form_element_id" value="mc4wp-form-1" /><div class="mc4wp-response"></div></form><!-- / Mailchimp for WordPress Plugin -->';
			echo '</aside>';
			break;
		case 4:
			the_widget( 'WP_Widget_Text', array(
				'title'  => 'Följ oss',
				'text'   => '<ul class="social"><li class="facebook"><a target="_blank" href="https://www.facebook.com/" title="Facebook"><i class="icon-facebook"></i> Facebook</a></li><li class="instagram"><a target="_blank" href="https://www.instagram.com/" title="Instagram"><i class="icon-instagram"></i> Instagram</a></li><li class="linkedin"><a target="_blank" href="https://www.linkedin.com/" title="LinkedIn"><i class="icon-linkedin"></i> LinkedIn</a></li></ul>',
				'filter' => false,
				'visual' => false,
			), $args );
			break;
	}
}

/* ---------------------------------------------------------------------------
 * Cookie banner (Cookie Notice by dFactory, printed in wp_footer)
 * --------------------------------------------------------------------------- */
function mfn_cookie_notice() {
	?>
<!-- Cookie Notice plugin v2.1.4 by Hu-manity.co https://hu-manity.co/ -->
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff;"><span id="cn-notice-text" class="cn-text-container">Vi använder cookies för att ge dig en så bra upplevelse som möjligt av vår webbplats. Om du fortsätter att använda webbplatsen godkänner du att vi använder cookies.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button bootstrap button" aria-label="Jag godkänner">Jag godkänner</a><a href="<?php echo esc_url( home_url( '/' ) ); ?>#cookies" target="_blank" id="cn-more-info" class="cn-more-info cn-button bootstrap button" aria-label="Läs mer om cookies">Läs mer om cookies</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" aria-label="Jag godkänner"></span></div>
</div>
<!-- / Cookie Notice plugin -->
	<?php
}
add_action( 'wp_footer', 'mfn_cookie_notice', 1000 );

/* ---------------------------------------------------------------------------
 * Comment form fields in Swedish
 * --------------------------------------------------------------------------- */
function mfn_comment_form_args() {
	$commenter = wp_get_current_commenter();
	$req       = get_option( 'require_name_email' );
	$req_attr  = $req ? ' required="required"' : '';
	$req_mark  = $req ? ' <span class="required">*</span>' : '';

	$fields = array(
		'author' => '<p class="comment-form-author"><label for="author">Namn' . $req_mark . '</label> <input id="author" name="author" type="text" value="' . esc_attr( $commenter['comment_author'] ) . '" size="30" maxlength="245"' . $req_attr . ' /></p>',
		'email'  => '<p class="comment-form-email"><label for="email">E-post' . $req_mark . '</label> <input id="email" name="email" type="email" value="' . esc_attr( $commenter['comment_author_email'] ) . '" size="30" maxlength="100" aria-describedby="email-notes"' . $req_attr . ' /></p>',
		'url'    => '<p class="comment-form-url"><label for="url">Webbplats</label> <input id="url" name="url" type="url" value="' . esc_attr( $commenter['comment_author_url'] ) . '" size="30" maxlength="200" /></p>',
	);
	if ( has_action( 'set_comment_cookies', 'wp_set_comment_cookies' ) && get_option( 'show_comments_cookies_opt_in' ) ) {
		$consent           = empty( $commenter['comment_author_email'] ) ? '' : ' checked="checked"';
		$fields['cookies'] = '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . $consent . ' /> <label for="wp-comment-cookies-consent">Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.</label></p>';
	}

	return array(
		'fields'               => $fields,
		'comment_field'        => '<p class="comment-form-comment"><label for="comment">Kommentar <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>',
		'comment_notes_before' => '<p class="comment-notes"><span id="email-notes">Din e-postadress kommer inte att publiceras.</span> <span class="required-field-message">Obligatoriska fält är märkta <span class="required">*</span></span></p>',
		'title_reply'          => 'Lämna ett svar',
		'title_reply_to'       => 'Lämna ett svar till %s',
		'cancel_reply_link'    => 'Avbryt svar',
		'label_submit'         => 'Publicera kommentar',
	);
}
