<?php
/**
 * Lumen functions and definitions.
 *
 * Lumen is a block theme: the layout lives in templates/, parts/, patterns/
 * and theme.json. This file only does what those files cannot do on their own.
 *
 * @package Lumen
 * @since 1.0.0
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'lumen_setup' ) ) :
	/**
	 * Sets up theme defaults.
	 *
	 * Block themes get post thumbnails, responsive embeds, HTML5 markup,
	 * editor styles and feed links from core, so only the text domain and
	 * the editor stylesheet are left to do here.
	 *
	 * @since 1.0.0
	 *
	 * @return void
	 */
	function lumen_setup() {
		load_theme_textdomain( 'lumen', get_template_directory() . '/languages' );

		// Make the editor look like the front end.
		add_editor_style( 'style.css' );
	}
endif;
add_action( 'after_setup_theme', 'lumen_setup' );

if ( ! function_exists( 'lumen_styles' ) ) :
	/**
	 * Enqueues the theme stylesheet on the front end.
	 *
	 * @since 1.0.0
	 *
	 * @return void
	 */
	function lumen_styles() {
		$version = wp_get_theme( get_template() )->get( 'Version' );

		wp_enqueue_style(
			'lumen-style',
			get_template_directory_uri() . '/style.css',
			array(),
			is_string( $version ) ? $version : false
		);
	}
endif;
add_action( 'wp_enqueue_scripts', 'lumen_styles' );

if ( ! function_exists( 'lumen_register_pattern_category' ) ) :
	/**
	 * Registers a pattern category for the theme's own patterns.
	 *
	 * @since 1.0.0
	 *
	 * @return void
	 */
	function lumen_register_pattern_category() {
		register_block_pattern_category(
			'lumen',
			array( 'label' => __( 'Lumen', 'lumen' ) )
		);
	}
endif;
add_action( 'init', 'lumen_register_pattern_category', 9 );

if ( ! function_exists( 'lumen_register_block_styles' ) ) :
	/**
	 * Registers the theme's block style variations. The CSS is in style.css.
	 *
	 * @since 1.0.0
	 *
	 * @return void
	 */
	function lumen_register_block_styles() {
		register_block_style(
			'core/post-terms',
			array(
				'name'  => 'lumen-pills',
				'label' => __( 'Etiketter', 'lumen' ),
			)
		);

		register_block_style(
			'core/separator',
			array(
				'name'  => 'lumen-accent',
				'label' => __( 'Kort accent', 'lumen' ),
			)
		);

		register_block_style(
			'core/group',
			array(
				'name'  => 'lumen-card',
				'label' => __( 'Kort', 'lumen' ),
			)
		);
	}
endif;
add_action( 'init', 'lumen_register_block_styles' );

if ( ! function_exists( 'lumen_comments_closed_notice' ) ) :
	/**
	 * Prints a notice where the comment form would be when comments are closed.
	 *
	 * The Post Comments Form block calls comment_form(), which only fires this
	 * action when comments are closed. The Comments block itself is not shown
	 * at all when comments are closed and there are no comments, so the notice
	 * only appears below an existing discussion, as in classic themes.
	 *
	 * @since 1.0.0
	 *
	 * @return void
	 */
	function lumen_comments_closed_notice() {
		if ( post_password_required() ) {
			return;
		}

		printf(
			'<p class="lumen-comments-closed no-comments">%s</p>',
			esc_html__( 'Kommentarerna är stängda.', 'lumen' )
		);
	}
endif;
add_action( 'comment_form_comments_closed', 'lumen_comments_closed_notice' );

if ( ! function_exists( 'lumen_exclude_current_post' ) ) :
	/**
	 * Keeps the post being read (and sticky posts) out of the "Mer från bloggen" loop.
	 *
	 * The loop in patterns/more-posts.php carries "lumenExcludeCurrent": true in
	 * its query attribute. The attribute is passed on to the Post Template
	 * block as context, so it can be read here (filter added in WordPress 6.1).
	 *
	 * @since 1.0.0
	 *
	 * @param array    $query Query arguments built from the Query Loop block.
	 * @param WP_Block $block The Post Template block instance.
	 * @return array
	 */
	function lumen_exclude_current_post( $query, $block ) {
		if ( empty( $block->context['query']['lumenExcludeCurrent'] ) || ! is_singular() ) {
			return $query;
		}

		// Three recent posts, not sticky posts pushed in front of them.
		$query['ignore_sticky_posts'] = true;

		$current_id = get_queried_object_id();

		if ( $current_id ) {
			$excluded              = isset( $query['post__not_in'] ) ? (array) $query['post__not_in'] : array();
			$excluded[]            = $current_id;
			$query['post__not_in'] = array_values( array_unique( array_map( 'absint', $excluded ) ) );
		}

		return $query;
	}
endif;
add_filter( 'query_loop_block_query_vars', 'lumen_exclude_current_post', 10, 2 );

if ( ! function_exists( 'lumen_link_pages_args' ) ) :
	/**
	 * Wraps the page links of split posts (<!--nextpage-->) in the theme's markup.
	 *
	 * @since 1.0.0
	 *
	 * @param array $args Arguments for wp_link_pages().
	 * @return array
	 */
	function lumen_link_pages_args( $args ) {
		$args['before']      = '<nav class="lumen-page-links" aria-label="' . esc_attr__( 'Inläggets sidor', 'lumen' ) . '"><span class="lumen-page-links__label">' . esc_html__( 'Sidor:', 'lumen' ) . '</span>';
		$args['after']       = '</nav>';
		$args['link_before'] = '';
		$args['link_after']  = '';

		return $args;
	}
endif;
add_filter( 'wp_link_pages_args', 'lumen_link_pages_args' );

if ( ! function_exists( 'lumen_classic_page_links' ) ) :
	/**
	 * Adds page links to posts split with the classic <!--nextpage--> tag.
	 *
	 * In WordPress 6.1 the Post Content block only prints wp_link_pages() when
	 * the post contains a Page Break block. Posts written in the classic
	 * editor use the bare <!--nextpage--> tag, so their page links are added
	 * here, inside the .entry-content wrapper.
	 *
	 * @since 1.0.0
	 *
	 * @param string        $block_content Rendered block.
	 * @param array         $parsed_block  Parsed block.
	 * @param WP_Block|null $instance      Block instance (WordPress 5.9+).
	 * @return string
	 */
	function lumen_classic_page_links( $block_content, $parsed_block, $instance = null ) {
		global $multipage;

		if ( '' === $block_content || ! is_singular() || ! $multipage || post_password_required() ) {
			return $block_content;
		}

		// Core already adds the links when the post has a Page Break block.
		if ( has_block( 'core/nextpage' ) ) {
			return $block_content;
		}

		// Only for the post being viewed, not for a Post Content block in a loop.
		if ( $instance instanceof WP_Block && isset( $instance->context['postId'] ) && (int) $instance->context['postId'] !== get_queried_object_id() ) {
			return $block_content;
		}

		$links = wp_link_pages( array( 'echo' => 0 ) );

		if ( ! $links ) {
			return $block_content;
		}

		$position = strrpos( $block_content, '</div>' );

		if ( false === $position ) {
			return $block_content . $links;
		}

		return substr_replace( $block_content, $links . '</div>', $position, strlen( '</div>' ) );
	}
endif;
add_filter( 'render_block_core/post-content', 'lumen_classic_page_links', 10, 3 );

if ( ! function_exists( 'lumen_comments_title' ) ) :
	/**
	 * Writes the Comments Title block's heading in the theme's own words.
	 *
	 * The block prints "N responses"; Lumen says "N kommentarer" and keeps the
	 * heading element, its id="comments" and the classes the block rendered.
	 * The block renders nothing for password-protected posts and posts
	 * without comments, and that is left as it is.
	 *
	 * @since 1.0.0
	 *
	 * @param string $block_content Rendered block.
	 * @return string
	 */
	function lumen_comments_title( $block_content ) {
		if ( '' === trim( (string) $block_content ) ) {
			return $block_content;
		}

		$count = (int) get_comments_number();
		$title = sprintf(
			/* translators: %s: Number of comments, pingbacks and trackbacks. */
			_n( '%s kommentar', '%s kommentarer', $count, 'lumen' ),
			number_format_i18n( $count )
		);

		return preg_replace_callback(
			'#^(\s*<h[1-6][^>]*>).*?(</h[1-6]>)#s',
			function ( $matches ) use ( $title ) {
				return $matches[1] . esc_html( $title ) . $matches[2];
			},
			$block_content,
			1
		);
	}
endif;
add_filter( 'render_block_core/comments-title', 'lumen_comments_title' );

if ( ! function_exists( 'lumen_query_pagination_label' ) ) :
	/**
	 * Gives the query pagination links the theme's labels.
	 *
	 * The Previous/Next Page blocks in the templates have no label of their
	 * own, so core prints its default. Lumen swaps it for its own text; a label
	 * set in the Site Editor is left alone.
	 *
	 * @since 1.0.0
	 *
	 * @param string $block_content Rendered block.
	 * @param array  $parsed_block  Parsed block.
	 * @return string
	 */
	function lumen_query_pagination_label( $block_content, $parsed_block ) {
		if ( '' === $block_content || ! empty( $parsed_block['attrs']['label'] ) ) {
			return $block_content;
		}

		if ( 'core/query-pagination-next' === $parsed_block['blockName'] ) {
			$core_label  = __( 'Next Page' ); // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- Core's own default label, to be replaced.
			$lumen_label = __( 'Nästa sida', 'lumen' );
		} else {
			$core_label  = __( 'Previous Page' ); // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- Core's own default label, to be replaced.
			$lumen_label = __( 'Föregående sida', 'lumen' );
		}

		// The label sits between the link's tags (and the arrow's span, if any).
		return str_replace( '>' . $core_label . '<', '>' . esc_html( $lumen_label ) . '<', $block_content );
	}
endif;
add_filter( 'render_block_core/query-pagination-next', 'lumen_query_pagination_label', 10, 2 );
add_filter( 'render_block_core/query-pagination-previous', 'lumen_query_pagination_label', 10, 2 );

if ( ! function_exists( 'lumen_hide_protected_comments' ) ) :
	/**
	 * Leaves out the whole Comments block on password-protected posts.
	 *
	 * The blocks inside it already print nothing until the password has been
	 * given; this also drops the empty wrapper with its border and spacing.
	 *
	 * @since 1.0.0
	 *
	 * @param string        $block_content Rendered block.
	 * @param array         $parsed_block  Parsed block.
	 * @param WP_Block|null $instance      Block instance.
	 * @return string
	 */
	function lumen_hide_protected_comments( $block_content, $parsed_block, $instance = null ) {
		$post_id = ( $instance instanceof WP_Block && isset( $instance->context['postId'] ) ) ? $instance->context['postId'] : null;

		if ( post_password_required( $post_id ) ) {
			return '';
		}

		return $block_content;
	}
endif;
add_filter( 'render_block_core/comments', 'lumen_hide_protected_comments', 10, 3 );

if ( ! function_exists( 'lumen_archive_title_prefix' ) ) :
	/**
	 * Swedish prefixes for archive titles ("Kategori: Bostäder").
	 *
	 * @since 1.0.0
	 *
	 * @param string $prefix Archive title prefix.
	 * @return string
	 */
	function lumen_archive_title_prefix( $prefix ) {
		if ( is_category() ) {
			$prefix = _x( 'Kategori:', 'category archive title prefix', 'lumen' );
		} elseif ( is_tag() ) {
			$prefix = _x( 'Tagg:', 'tag archive title prefix', 'lumen' );
		} elseif ( is_author() ) {
			$prefix = _x( 'Skribent:', 'author archive title prefix', 'lumen' );
		} elseif ( is_year() ) {
			$prefix = _x( 'År:', 'date archive title prefix', 'lumen' );
		} elseif ( is_month() ) {
			$prefix = _x( 'Månad:', 'date archive title prefix', 'lumen' );
		} elseif ( is_day() ) {
			$prefix = _x( 'Dag:', 'date archive title prefix', 'lumen' );
		} elseif ( is_post_type_archive() ) {
			$prefix = _x( 'Arkiv:', 'post type archive title prefix', 'lumen' );
		} elseif ( is_tax() ) {
			$taxonomy = get_taxonomy( get_queried_object()->taxonomy );
			if ( $taxonomy ) {
				/* translators: %s: Taxonomy singular name. */
				$prefix = sprintf( _x( '%s:', 'taxonomy term archive title prefix', 'lumen' ), $taxonomy->labels->singular_name );
			}
		}

		return $prefix;
	}
endif;
add_filter( 'get_the_archive_title_prefix', 'lumen_archive_title_prefix' );

if ( ! function_exists( 'lumen_search_title' ) ) :
	/**
	 * Writes the search results heading of the Query Title block in Swedish.
	 *
	 * @since 1.0.0
	 *
	 * @param string $block_content Rendered block.
	 * @param array  $parsed_block  Parsed block.
	 * @return string
	 */
	function lumen_search_title( $block_content, $parsed_block ) {
		if ( '' === $block_content || ! is_search() || empty( $parsed_block['attrs']['type'] ) || 'search' !== $parsed_block['attrs']['type'] ) {
			return $block_content;
		}

		$show_term = ! isset( $parsed_block['attrs']['showSearchTerm'] ) || $parsed_block['attrs']['showSearchTerm'];
		$title     = $show_term
			/* translators: %s: Search term. */
			? sprintf( __( 'Sökresultat för ”%s”', 'lumen' ), get_search_query( false ) )
			: __( 'Sökresultat', 'lumen' );

		return preg_replace_callback(
			'#^(\s*<h[1-6][^>]*>).*?(</h[1-6]>)#s',
			function ( $matches ) use ( $title ) {
				return $matches[1] . esc_html( $title ) . $matches[2];
			},
			$block_content,
			1
		);
	}
endif;
add_filter( 'render_block_core/query-title', 'lumen_search_title', 10, 2 );
