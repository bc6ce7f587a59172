<?php
/**
 * solid – functions and helpers in the manner of Soledad (PenciDesign) v8.
 * All visible strings are hard-coded in Swedish.
 *
 * @package solid
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SOLID_VERSION', '8.1.2' );

/* -------------------------------------------------------------------------
 * Setup
 * ---------------------------------------------------------------------- */
if ( ! function_exists( 'solid_setup' ) ) {
	function solid_setup() {
		add_theme_support( 'title-tag' );
		add_theme_support( 'automatic-feed-links' );
		add_theme_support( 'post-thumbnails' );
		add_theme_support( 'html5', array( 'search-form', 'comment-form', 'comment-list', 'gallery', 'caption', 'style', 'script' ) );
		add_theme_support( 'post-formats', array( 'gallery', 'video', 'audio', 'link', 'quote' ) );

		add_image_size( 'penci-full-thumb', 1170, 99999, false );
		add_image_size( 'penci-thumb', 585, 390, true );
		add_image_size( 'penci-masonry-thumb', 585, 99999, false );
		add_image_size( 'penci-thumb-small', 263, 175, true );

		register_nav_menus( array(
			'main-menu'   => 'Huvudmeny',
			'topbar-menu' => 'Toppmeny',
		) );
	}
}
add_action( 'after_setup_theme', 'solid_setup' );

if ( ! isset( $content_width ) ) {
	$content_width = 1170;
}

/* Widget areas (registered so the admin can use them; the theme prints its
 * own default widgets when an area is empty, as a configured site would). */
function solid_widgets_init() {
	register_sidebar( array(
		'name'          => 'Sidopanel höger',
		'id'            => 'main-sidebar',
		'before_widget' => '<aside id="%1$s" class="widget %2$s">',
		'after_widget'  => '</aside>',
		'before_title'  => '<h3 class="widget-title penci-border-arrow"><span class="inner-arrow">',
		'after_title'   => '</span></h3>',
	) );
	register_sidebar( array(
		'name'          => 'Sidfot kolumn 1',
		'id'            => 'footer-1',
		'before_widget' => '<aside id="%1$s" class="widget %2$s">',
		'after_widget'  => '</aside>',
		'before_title'  => '<h3 class="widget-title penci-border-arrow"><span class="inner-arrow">',
		'after_title'   => '</span></h3>',
	) );
}
add_action( 'widgets_init', 'solid_widgets_init' );

/* Body classes Soledad adds. */
function solid_body_classes( $classes ) {
	$classes[] = 'soledad-ver-8-1-2';
	$classes[] = 'pclight-mode';
	$classes[] = 'pcmn-drdw-style-slide_down';
	$classes[] = 'pchds-default';
	if ( is_single() ) {
		$classes[] = 'penci-body-single-style-1';
	}
	return $classes;
}
add_filter( 'body_class', 'solid_body_classes' );

/* Excerpt habits. */
function solid_excerpt_length( $length ) {
	return 30;
}
add_filter( 'excerpt_length', 'solid_excerpt_length', 999 );

function solid_excerpt_more( $more ) {
	return '&hellip;';
}
add_filter( 'excerpt_more', 'solid_excerpt_more' );

/* Front-end assets (inline only; no external files needed). */
function solid_scripts() {
	wp_enqueue_style( 'penci-soledad-style', get_stylesheet_uri(), array(), SOLID_VERSION );
	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'solid_scripts' );

/* -------------------------------------------------------------------------
 * Schema (Soledad prints JSON-LD itself in wp_head)
 * ---------------------------------------------------------------------- */
function solid_schema_markup() {
	$site = array(
		'@context'        => 'https://schema.org/',
		'@type'           => 'organization',
		'@id'             => '#organization',
		'logo'            => array(
			'@type' => 'ImageObject',
			'url'   => get_template_directory_uri() . '/images/logo.png',
		),
		'url'             => home_url( '/' ),
		'name'            => get_bloginfo( 'name' ),
		'description'     => get_bloginfo( 'description' ),
	);
	echo '<script type="application/ld+json">' . wp_json_encode( $site ) . '</script>' . "\n";

	$website = array(
		'@context'        => 'https://schema.org/',
		'@type'           => 'WebSite',
		'name'            => get_bloginfo( 'name' ),
		'alternateName'   => get_bloginfo( 'description' ),
		'url'             => home_url( '/' ),
		'potentialAction' => array(
			'@type'       => 'SearchAction',
			'target'      => home_url( '/' ) . '?s={search_term}',
			'query-input' => 'required name=search_term',
		),
	);
	echo '<script type="application/ld+json">' . wp_json_encode( $website ) . '</script>' . "\n";

	if ( is_singular( 'post' ) ) {
		$post_id = get_queried_object_id();
		$post    = get_post( $post_id );
		if ( ! $post ) {
			return;
		}
		$image = get_the_post_thumbnail_url( $post_id, 'full' );
		$data  = array(
			'@context'         => 'https://schema.org/',
			'@type'            => 'BlogPosting',
			'headline'         => wp_strip_all_tags( get_the_title( $post_id ) ),
			'datePublished'    => get_the_date( DATE_W3C, $post_id ),
			'dateModified'     => get_the_modified_date( DATE_W3C, $post_id ),
			'mainEntityOfPage' => get_permalink( $post_id ),
			'description'      => post_password_required( $post ) ? '' : wp_strip_all_tags( get_the_excerpt( $post ) ),
			'image'            => array(
				'@type'  => 'ImageObject',
				'url'    => $image ? $image : get_template_directory_uri() . '/images/no-image.jpg',
			),
			'publisher'        => array(
				'@type' => 'Organization',
				'name'  => get_bloginfo( 'name' ),
				'logo'  => array(
					'@type' => 'ImageObject',
					'url'   => get_template_directory_uri() . '/images/logo.png',
				),
			),
			'author'           => array(
				'@type' => 'Person',
				'@id'   => '#person-' . sanitize_title( get_the_author_meta( 'display_name', $post->post_author ) ),
				'name'  => get_the_author_meta( 'display_name', $post->post_author ),
				'url'   => get_author_posts_url( $post->post_author ),
			),
		);
		echo '<script type="application/ld+json">' . wp_json_encode( $data ) . '</script>' . "\n";

		$crumbs = array(
			array( '@type' => 'ListItem', 'position' => 1, 'item' => array( '@id' => home_url( '/' ), 'name' => 'Hem' ) ),
		);
		$cats = get_the_category( $post_id );
		$pos  = 2;
		if ( ! empty( $cats ) ) {
			$crumbs[] = array( '@type' => 'ListItem', 'position' => $pos, 'item' => array( '@id' => get_category_link( $cats[0]->term_id ), 'name' => $cats[0]->name ) );
			$pos++;
		}
		$crumbs[] = array( '@type' => 'ListItem', 'position' => $pos, 'item' => array( '@id' => get_permalink( $post_id ), 'name' => wp_strip_all_tags( get_the_title( $post_id ) ) ) );
		echo '<script type="application/ld+json">' . wp_json_encode( array( '@context' => 'https://schema.org/', '@type' => 'BreadcrumbList', 'itemListElement' => $crumbs ) ) . '</script>' . "\n";
	}
}
add_action( 'wp_head', 'solid_schema_markup', 5 );

/* -------------------------------------------------------------------------
 * Template helpers
 * ---------------------------------------------------------------------- */

/**
 * Category links as Soledad prints them (penci_category()).
 */
if ( ! function_exists( 'solid_category' ) ) {
	function solid_category( $separator = '' ) {
		$categories = get_the_category();
		$first      = true;
		foreach ( (array) $categories as $category ) {
			if ( ! is_object( $category ) || ! isset( $category->term_id ) ) {
				continue;
			}
			if ( ! $first ) {
				echo $separator; // phpcs:ignore
			}
			echo '<a style="" class="penci-cat-name penci-cat-' . (int) $category->term_id . '" href="' . esc_url( get_category_link( $category->term_id ) ) . '"  rel="category tag"><span style="">' . esc_html( $category->name ) . '</span></a>';
			$first = false;
		}
	}
}

/**
 * Date as Soledad prints it: a published <time> plus a hidden updated <time>.
 */
if ( ! function_exists( 'solid_time_link' ) ) {
	function solid_time_link( $return = false ) {
		$date_format = get_option( 'date_format' );
		$out         = sprintf(
			'<time class="entry-date published" datetime="%1$s">%2$s</time>',
			esc_attr( get_the_date( DATE_W3C ) ),
			esc_html( get_the_date( $date_format ) )
		);
		$out        .= sprintf(
			'<time class="penci-hide-tagupdated updated" datetime="%1$s">%2$s</time>',
			esc_attr( get_the_modified_date( DATE_W3C ) ),
			esc_html( get_the_modified_date( $date_format ) )
		);
		if ( $return ) {
			return $out;
		}
		echo $out; // phpcs:ignore
	}
}

/**
 * Hidden microformat block (penci_soledad_meta_schema()).
 */
if ( ! function_exists( 'solid_meta_schema' ) ) {
	function solid_meta_schema() {
		?>
		<div class="penci-hide-tagupdated">
			<span class="author-italic author vcard">av <a class="author-url url fn n" href="<?php echo esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ); ?>"><?php the_author(); ?></a></span>
			<?php solid_time_link(); ?>
		</div>
		<?php
	}
}

/**
 * Reading time ("4 min läsning").
 */
if ( ! function_exists( 'solid_reading_time' ) ) {
	function solid_reading_time( $post_id = null ) {
		$post_id = $post_id ? $post_id : get_the_ID();
		$content = (string) get_post_field( 'post_content', $post_id );
		$text    = trim( wp_strip_all_tags( strip_shortcodes( $content ) ) );
		$words   = $text === '' ? 0 : count( preg_split( '/\s+/u', $text, -1, PREG_SPLIT_NO_EMPTY ) );
		$minutes = max( 1, (int) ceil( $words / 200 ) );
		echo esc_html( $minutes . ' min läsning' );
	}
}

/**
 * View counter. Soledad keeps it in post meta; this theme only reads it.
 */
if ( ! function_exists( 'solid_get_post_views' ) ) {
	function solid_get_post_views( $post_id = null ) {
		$post_id = $post_id ? $post_id : get_the_ID();
		$count   = get_post_meta( $post_id, 'penci_post_views_count', true );
		$count   = $count ? (int) $count : 0;
		return number_format_i18n( $count );
	}
}

/**
 * Comment count text used in meta rows.
 */
if ( ! function_exists( 'solid_comments_number' ) ) {
	function solid_comments_number() {
		comments_number( '0 kommentarer', '1 kommentar', '% kommentarer' );
	}
}

/**
 * Excerpt for listing cards (penci_the_excerpt()).
 */
if ( ! function_exists( 'solid_the_excerpt' ) ) {
	function solid_the_excerpt( $length = 30 ) {
		$excerpt = get_the_excerpt();
		if ( '' === $excerpt ) {
			return;
		}
		echo '<p>' . wp_trim_words( $excerpt, $length, '&hellip;' ) . '</p>'; // phpcs:ignore
	}
}

/**
 * Numbered pagination (penci_pagination_numbers()).
 */
if ( ! function_exists( 'solid_pagination_numbers' ) ) {
	function solid_pagination_numbers( $custom_query = null ) {
		global $wp_query;
		if ( ! $custom_query ) {
			$custom_query = $wp_query;
		}
		$big        = 999999999;
		$pagination = paginate_links( array(
			'base'      => str_replace( $big, '%#%', esc_url( get_pagenum_link( $big ) ) ),
			'format'    => '?paged=%#%',
			'current'   => max( 1, get_query_var( 'paged' ) ),
			'total'     => $custom_query->max_num_pages,
			'type'      => 'list',
			'prev_text' => '<i class="penci-faicon fa fa-angle-left" ></i>',
			'next_text' => '<i class="penci-faicon fa fa-angle-right" ></i>',
		) );
		if ( $pagination ) {
			return '<div class="penci-pagination align-left">' . $pagination . '</div>';
		}
		return '';
	}
}

/**
 * Share buttons (penci_soledad_social_share()).
 */
if ( ! function_exists( 'solid_social_share' ) ) {
	function solid_social_share( $show_like = true ) {
		$link      = get_permalink();
		$title     = wp_strip_all_tags( get_the_title() );
		$enc_link  = rawurlencode( $link );
		$enc_title = rawurlencode( $title );
		$image     = get_the_post_thumbnail_url( get_the_ID(), 'full' );

		if ( $show_like ) {
			$likes = get_post_meta( get_the_ID(), '_post_like_count', true );
			$likes = $likes ? (int) $likes : 0;
			echo '<span class="post-share-item post-share-plike"><span class="count-number-like">' . (int) $likes . '</span><a href="#" aria-label="Gilla inlägget" class="penci-post-like single-like-button" data-post_id="' . (int) get_the_ID() . '" title="Gilla" data-like="Gilla" data-unlike="Sluta gilla"><i class="penci-faicon fa fa-heart-o" ></i></a></span>';
		}

		$items = array(
			'facebook'  => array( 'Facebook', 'https://www.facebook.com/sharer/sharer.php?u=' . $enc_link, 'fa fa-facebook' ),
			'twitter'   => array( 'Twitter', 'https://twitter.com/intent/tweet?text=' . rawurlencode( 'Läs den här artikeln: ' ) . $enc_title . '%20-%20' . $enc_link, 'fa fa-twitter' ),
			'linkedin'  => array( 'LinkedIn', 'https://www.linkedin.com/shareArticle?mini=true&amp;url=' . $enc_link . '&amp;title=' . $enc_title, 'fa fa-linkedin' ),
			'pinterest' => array( 'Pinterest', 'https://pinterest.com/pin/create/button/?url=' . $enc_link . '&amp;media=' . rawurlencode( (string) $image ) . '&amp;description=' . $enc_title, 'fa fa-pinterest' ),
			'email'     => array( 'E-post', 'mailto:?subject=' . $enc_title . '&amp;BODY=' . $enc_link, 'fa fa-envelope' ),
		);
		foreach ( $items as $key => $item ) {
			printf(
				'<a class="new-ver-share post-share-item post-share-%1$s" aria-label="Dela på %2$s" target="_blank"  rel="noreferrer" href="%3$s"%5$s><i class="penci-faicon %4$s" ></i><span class="dt-share">%2$s</span></a>',
				esc_attr( $key ),
				esc_html( $item[0] ),
				$item[1], // already encoded
				esc_attr( $item[2] ),
				'pinterest' === $key ? ' data-pin-do="none"' : ''
			);
		}
	}
}

/**
 * Breadcrumb (Soledad's own, used when no SEO plugin is active).
 */
if ( ! function_exists( 'solid_breadcrumb' ) ) {
	function solid_breadcrumb( $class = 'single-breadcrumb' ) {
		$sep = '<i class="penci-faicon fa fa-angle-right" ></i>';
		echo '<div class="penci-breadcrumb ' . esc_attr( $class ) . '">';
		echo '<span><a class="crumb" href="' . esc_url( home_url( '/' ) ) . '">Hem</a></span>' . $sep;
		if ( is_single() ) {
			$cats = get_the_category();
			if ( ! empty( $cats ) ) {
				$cat = $cats[0];
				if ( $cat->parent ) {
					$parent = get_category( $cat->parent );
					if ( $parent && ! is_wp_error( $parent ) ) {
						echo '<span><a class="crumb" href="' . esc_url( get_category_link( $parent->term_id ) ) . '">' . esc_html( $parent->name ) . '</a></span>' . $sep;
					}
				}
				echo '<span><a class="crumb" href="' . esc_url( get_category_link( $cat->term_id ) ) . '">' . esc_html( $cat->name ) . '</a></span>' . $sep;
			}
			echo '<span>' . wp_kses_post( get_the_title() ) . '</span>';
		} elseif ( is_page() ) {
			echo '<span>' . wp_kses_post( get_the_title() ) . '</span>';
		} elseif ( is_category() ) {
			$term = get_queried_object();
			if ( $term && ! empty( $term->parent ) ) {
				$parent = get_category( $term->parent );
				if ( $parent && ! is_wp_error( $parent ) ) {
					echo '<span><a class="crumb" href="' . esc_url( get_category_link( $parent->term_id ) ) . '">' . esc_html( $parent->name ) . '</a></span>' . $sep;
				}
			}
			echo '<span>' . esc_html( single_cat_title( '', false ) ) . '</span>';
		} elseif ( is_tag() ) {
			echo '<span>' . esc_html( single_tag_title( '', false ) ) . '</span>';
		} elseif ( is_author() ) {
			$author = get_queried_object();
			echo '<span>' . esc_html( $author && isset( $author->display_name ) ? $author->display_name : '' ) . '</span>';
		} elseif ( is_search() ) {
			echo '<span>Sökresultat för &quot;' . esc_html( get_search_query() ) . '&quot;</span>';
		} elseif ( is_day() ) {
			echo '<span>' . esc_html( get_the_date() ) . '</span>';
		} elseif ( is_month() ) {
			echo '<span>' . esc_html( get_the_date( 'F Y' ) ) . '</span>';
		} elseif ( is_year() ) {
			echo '<span>' . esc_html( get_the_date( 'Y' ) ) . '</span>';
		} elseif ( is_404() ) {
			echo '<span>Sidan hittades inte</span>';
		}
		echo '</div>';
	}
}

/**
 * Menu fallback: a configured site has a "Huvudmeny"; emulate one from the
 * site's own pages and categories so the chrome looks like a real menu.
 */
if ( ! function_exists( 'solid_menu_fallback' ) ) {
	function solid_menu_fallback( $args = array() ) {
		$menu_id = ( is_array( $args ) && ! empty( $args['menu_id'] ) ) ? $args['menu_id'] : 'menu-huvudmeny';
		$counter = 100;
		$out     = '<ul id="' . esc_attr( $menu_id ) . '" class="menu">';
		$home_cl = ( is_home() || is_front_page() ) ? ' current-menu-item current_page_item' : '';
		$out    .= '<li id="menu-item-' . $counter . '" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home' . $home_cl . ' ' . 'menu-item-' . $counter . '"><a href="' . esc_url( home_url( '/' ) ) . '">Hem</a></li>';
		$counter++;

		$top_cats = get_categories( array( 'parent' => 0, 'hide_empty' => true, 'orderby' => 'name' ) );
		$current  = is_category() ? get_queried_object_id() : 0;
		foreach ( $top_cats as $cat ) {
			$children = get_categories( array( 'parent' => $cat->term_id, 'hide_empty' => true ) );
			$classes  = 'menu-item menu-item-type-taxonomy menu-item-object-category';
			if ( $children ) {
				$classes .= ' menu-item-has-children';
			}
			if ( (int) $current === (int) $cat->term_id ) {
				$classes .= ' current-menu-item';
			}
			$classes .= ' menu-item-' . $counter;
			$out     .= '<li id="menu-item-' . $counter . '" class="' . esc_attr( $classes ) . '"><a href="' . esc_url( get_category_link( $cat->term_id ) ) . '">' . esc_html( $cat->name ) . '</a>';
			$counter++;
			if ( $children ) {
				$out .= '<ul class="sub-menu">';
				foreach ( $children as $child ) {
					$out .= '<li id="menu-item-' . $counter . '" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-' . $counter . '"><a href="' . esc_url( get_category_link( $child->term_id ) ) . '">' . esc_html( $child->name ) . '</a></li>';
					$counter++;
				}
				$out .= '</ul>';
			}
			$out .= '</li>';
		}

		$pages = get_pages( array( 'sort_column' => 'menu_order,post_title', 'parent' => 0 ) );
		foreach ( $pages as $page ) {
			$classes = 'menu-item menu-item-type-post_type menu-item-object-page';
			if ( is_page( $page->ID ) ) {
				$classes .= ' current-menu-item page_item page-item-' . $page->ID . ' current_page_item';
			}
			$out .= '<li id="menu-item-' . $counter . '" class="' . esc_attr( $classes . ' menu-item-' . $counter ) . '"><a href="' . esc_url( get_permalink( $page->ID ) ) . '">' . esc_html( get_the_title( $page->ID ) ) . '</a></li>';
			$counter++;
		}
		$out .= '</ul>';
		echo $out; // phpcs:ignore
	}
}

function solid_main_menu( $menu_id = 'menu-huvudmeny' ) {
	if ( has_nav_menu( 'main-menu' ) ) {
		wp_nav_menu( array(
			'theme_location' => 'main-menu',
			'container'      => false,
			'menu_class'     => 'menu',
			'menu_id'        => $menu_id,
			'fallback_cb'    => 'solid_menu_fallback',
		) );
	} else {
		solid_menu_fallback( array( 'menu_id' => $menu_id ) );
	}
}

/**
 * Social icons (header, mobile nav, footer).
 */
function solid_social_icons( $with_text = false ) {
	$socials = array(
		'facebook'  => array( 'https://www.facebook.com/', 'fa fa-facebook', 'Facebook' ),
		'linkedin'  => array( 'https://www.linkedin.com/', 'fa fa-linkedin', 'LinkedIn' ),
		'instagram' => array( 'https://www.instagram.com/', 'fa fa-instagram', 'Instagram' ),
		'rss'       => array( get_bloginfo( 'rss2_url' ), 'fa fa-rss', 'RSS' ),
	);
	echo '<div class="inner-header-social">';
	foreach ( $socials as $key => $s ) {
		echo '<a href="' . esc_url( $s[0] ) . '" aria-label="' . esc_attr( $s[2] ) . '"  rel="noreferrer" target="_blank"><i class="penci-faicon ' . esc_attr( $s[1] ) . '" ></i>';
		if ( $with_text ) {
			echo '<span class="social-media-text">' . esc_html( $s[2] ) . '</span>';
		}
		echo '</a>';
	}
	echo '</div>';
}

/**
 * Sidebar "small post" list used by Soledad's latest/popular widgets.
 */
function solid_side_newsfeed( $query_args, $id ) {
	$query = new WP_Query( array_merge( array(
		'post_type'           => 'post',
		'post_status'         => 'publish',
		'ignore_sticky_posts' => true,
		'no_found_rows'       => true,
	), $query_args ) );
	if ( ! $query->have_posts() ) {
		return;
	}
	echo '<ul id="' . esc_attr( $id ) . '" class="side-newsfeed display-order-numbers">';
	$num = 1;
	while ( $query->have_posts() ) {
		$query->the_post();
		echo '<li class="penci-feed">';
		echo '<div class="side-item">';
		if ( has_post_thumbnail() ) {
			echo '<div class="side-image"><span class="order-border-number"><span class="number-post">' . (int) $num . '</span></span>';
			echo '<a class="penci-image-holder penci-lazy small-fix-size" rel="bookmark" data-bgset="' . esc_url( get_the_post_thumbnail_url( get_the_ID(), 'penci-thumb-small' ) ) . '" href="' . esc_url( get_permalink() ) . '" title="' . esc_attr( wp_strip_all_tags( get_the_title() ) ) . '"></a>';
			echo '</div>';
		}
		echo '<div class="side-item-text">';
		echo '<h4 class="side-title-post"><a href="' . esc_url( get_permalink() ) . '" rel="bookmark" title="' . esc_attr( wp_strip_all_tags( get_the_title() ) ) . '">' . wp_kses_post( get_the_title() ) . '</a></h4>';
		echo '<span class="side-item-meta side-wdate">';
		solid_time_link();
		echo '</span>';
		echo '</div></div></li>';
		$num++;
	}
	echo '</ul>';
	wp_reset_postdata();
}

/* -------------------------------------------------------------------------
 * Comments callback (penci_comments_template())
 * ---------------------------------------------------------------------- */
if ( ! function_exists( 'solid_comments_template' ) ) {
	function solid_comments_template( $comment, $args, $depth ) {
		$GLOBALS['comment'] = $comment; // phpcs:ignore

		$attr_date  = 'datetime="' . get_comment_time( 'Y-m-d\TH:i:sP' ) . '"';
		$attr_date .= 'title="' . get_comment_time( 'l, F j, Y, g:i a' ) . '"';
		$attr_date .= 'itemprop="commentTime"';
		?>
		<div <?php comment_class(); ?> id="comment-<?php comment_ID(); ?>" itemprop="" itemscope="itemscope" itemtype="https://schema.org/UserComments">
			<meta itemprop="discusses" content="<?php echo esc_attr( get_the_title() ); ?>"/>
			<link itemprop="url" href="#comment-<?php comment_ID(); ?>">
			<div class="thecomment">
				<div class="author-img">
					<?php echo get_avatar( $comment, $args['avatar_size'] ); ?>
				</div>
				<div class="comment-text">
					<span class="author" itemprop="creator" itemtype="https://schema.org/Person"><span itemprop="name"><?php echo get_comment_author_link( $comment ); ?></span></span>
					<span class="date" <?php echo $attr_date; // phpcs:ignore ?>><i class="penci-faicon fa fa-clock-o" ></i><?php printf( '%1$s - %2$s', esc_html( get_comment_date( '', $comment ) ), esc_html( get_comment_time() ) ); ?></span>
					<?php if ( '0' == $comment->comment_approved ) : ?>
						<em><i class="icon-info-sign"></i> Din kommentar väntar på granskning.</em>
					<?php endif; ?>
					<div class="comment-content" itemprop="commentText">
						<?php comment_text(); ?>
					</div>
					<span class="reply">
						<?php
						comment_reply_link(
							array_merge(
								$args,
								array(
									'reply_text' => 'Svara',
									'depth'      => $depth,
									'max_depth'  => $args['max_depth'],
								)
							),
							$comment->comment_ID
						);
						?>
						<?php edit_comment_link( 'Redigera' ); ?>
					</span>
				</div>
			</div>
		<?php
		// No closing </div> here: Walker_Comment::end_el() closes it (style "div"),
		// and child comments are printed inside this element.
	}
}

/* the_widget() fills a single %s with the widget's class name. */
if ( ! function_exists( 'solid_widget_args' ) ) {
	function solid_widget_args( $id ) {
		return array(
			'before_widget' => '<aside id="' . esc_attr( $id ) . '" class="widget %s">',
			'after_widget'  => '</aside>',
			'before_title'  => '<h3 class="widget-title penci-border-arrow"><span class="inner-arrow">',
			'after_title'   => '</span></h3>',
			'widget_id'     => $id,
		);
	}
}
