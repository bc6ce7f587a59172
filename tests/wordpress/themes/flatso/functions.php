<?php
/**
 * flatso – a test-bed theme that prints pages the way Flatsome 3.x does
 * (UX-Themes), configured as a Swedish web shop's blog.
 *
 * Function names that Flatsome itself defines (flatsome_posted_on,
 * flatsome_comment, flatsome_content_nav, flatsome_posts_pagination,
 * get_flatsome_icon, ...) keep Flatsome's names; the WooCommerce and
 * Contact Form 7 markup that the real site would get from plugins is
 * emulated here in plain PHP (see flatso_* helpers).
 *
 * @package flatso
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! isset( $content_width ) ) {
	$content_width = 1020; // Pixels, as Flatsome.
}

/* ------------------------------------------------------------------------
 * Theme options (what the shop has set in Flatsome's customizer).
 * --------------------------------------------------------------------- */

/**
 * Stand-in for flatsome_option() / get_theme_mod() with this site's values.
 *
 * @param string $name Option name.
 * @return mixed
 */
function flatsome_option( $name ) {
	$options = array(
		'blog_layout'             => 'right-sidebar',
		'blog_post_layout'        => 'right-sidebar',
		'blog_layout_divider'     => 1,
		'blog_style'              => 'list',
		'blog_style_archive'      => '',
		'blog_post_style'         => 'default',
		'blog_posts_header_style' => '',
		'blog_posts_title_align'  => 'center',
		'blog_badge'              => 1,
		'blog_badge_style'        => 'outline',
		'blog_posts_depth'        => 0,
		'blog_posts_depth_hover'  => 0,
		'blog_share'              => 1,
		'blog_author_box'         => 1,
		'blog_single_next_prev_nav' => 1,
		'blog_single_featured_image' => 1,
		'blog_single_header_meta' => 1,
		'blog_single_footer_meta' => 1,
		'blog_archive_title'      => 1,
		'blog_after_post'         => 1,
		'default_title'           => 1,
		'social_icons_style'      => 'outline',
		'cookie_notice'           => 1,
		'back_to_top'             => 1,
	);
	return isset( $options[ $name ] ) ? $options[ $name ] : '';
}

/* ------------------------------------------------------------------------
 * Setup
 * --------------------------------------------------------------------- */

function flatsome_setup() {
	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_post_type_support( 'page', 'excerpt' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'customize-selective-refresh-widgets' );
	add_theme_support( 'html5', array( 'search-form', 'comment-form', 'comment-list', 'gallery', 'caption', 'widgets', 'script', 'style' ) );
	add_theme_support( 'post-formats', array( 'video' ) );

	register_nav_menus(
		array(
			'primary'        => 'Huvudmeny',
			'primary_mobile' => 'Huvudmeny – mobil',
			'footer'         => 'Sidfotsmeny',
			'top_bar_nav'    => 'Toppmeny',
			'my_account'     => 'Mitt konto-meny',
		)
	);
}
add_action( 'after_setup_theme', 'flatsome_setup' );

function flatsome_widgets_init() {
	register_sidebar(
		array(
			'name'          => 'Sidopanel',
			'id'            => 'sidebar-main',
			'before_widget' => '<aside id="%1$s" class="widget %2$s">',
			'after_widget'  => '</aside>',
			'before_title'  => '<span class="widget-title "><span>',
			'after_title'   => '</span></span><div class="is-divider small"></div>',
		)
	);
	register_sidebar(
		array(
			'name'          => 'Sidfot 1',
			'id'            => 'sidebar-footer-1',
			'before_widget' => '<div id="%1$s" class="col pb-0 widget %2$s">',
			'after_widget'  => '</div>',
			'before_title'  => '<span class="widget-title">',
			'after_title'   => '</span><div class="is-divider small"></div>',
		)
	);
	register_sidebar(
		array(
			'name'          => 'Sidfot 2',
			'id'            => 'sidebar-footer-2',
			'before_widget' => '<div id="%1$s" class="col pb-0 widget %2$s">',
			'after_widget'  => '</div>',
			'before_title'  => '<span class="widget-title">',
			'after_title'   => '</span><div class="is-divider small"></div>',
		)
	);
}
add_action( 'widgets_init', 'flatsome_widgets_init' );

function flatsome_scripts() {
	$version = wp_get_theme()->get( 'Version' );
	wp_enqueue_style( 'flatsome-style', get_stylesheet_uri(), array(), $version, 'all' );
	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'flatsome_scripts', 100 );

/* Flatsome's lazy-load-backgrounds CSS in <head>. */
function flatsome_lazy_load_backgrounds_css() {
	echo '<style>.bg{opacity: 0; transition: opacity 1s; -webkit-transition: opacity 1s;} .bg-loaded{opacity: 1;}</style>';
}
add_action( 'wp_head', 'flatsome_lazy_load_backgrounds_css' );

/* Flatsome: custom excerpt suffix. */
function flatsome_excerpt_suffix() {
	return ' [...]';
}
add_filter( 'excerpt_more', 'flatsome_excerpt_suffix' );

/* Flatsome: remove #more-ID scroll and add button classes to the more link. */
function flatsome_remove_more_link_scroll( $link ) {
	return preg_replace( '|#more-[0-9]+|', '', $link );
}
add_filter( 'the_content_more_link', 'flatsome_remove_more_link_scroll' );

function flatsome_add_morelink_class( $link, $text = '' ) {
	return str_replace( 'more-link', 'more-link button primary smaller is-outline', $link );
}
add_filter( 'the_content_more_link', 'flatsome_add_morelink_class', 10, 2 );

/* Flatsome adds the theme's html classes and a few body classes. */
function flatsome_html_classes() {
	echo 'loading-site no-js';
}

function flatsome_body_classes( $classes ) {
	$classes[] = 'theme-flatsome';
	$classes[] = 'full-width';
	$classes[] = 'lightbox';
	$classes[] = 'nav-dropdown-has-arrow';
	$classes[] = 'nav-dropdown-has-shadow';
	$classes[] = 'nav-dropdown-has-border';
	$classes[] = 'woocommerce-no-js';
	return $classes;
}
add_filter( 'body_class', 'flatsome_body_classes' );

/*
 * The site runs with the sv_SE locale. WordPress core strings that the theme
 * cannot pass as arguments are given in Swedish here when no translation is
 * loaded (a no-op when core's sv_SE language pack is installed).
 */
function flatso_core_strings_sv( $translation, $text, $domain = 'default' ) {
	if ( 'default' !== $domain || $translation !== $text ) {
		return $translation;
	}
	static $sv = array(
		'Protected: %s'  => 'Skyddat: %s',
		'Private: %s'    => 'Privat: %s',
		'There is no excerpt because this is a protected post.' => 'Det finns inget utdrag eftersom detta är ett skyddat inlägg.',
		'This content is password protected. To view it please enter your password below:' => 'Detta innehåll är lösenordsskyddat. För att visa det, ange ditt lösenord nedan:',
		'Password:'      => 'Lösenord:',
		'Enter your password to view comments.' => 'Ange ditt lösenord för att visa kommentarer.',
		'Previous Post'  => 'Föregående inlägg',
		'Next Post'      => 'Nästa inlägg',
		'(more&hellip;)' => '(mer&hellip;)',
		'Continue reading %s' => 'Fortsätt läsa %s',
		'Reply'          => 'Svara',
		'Reply to %s'    => 'Svar till %s',
		'Cancel reply'   => 'Avbryt svar',
		'Log in to Reply' => 'Logga in för att svara',
		'%s <span class="says">says:</span>' => '%s <span class="says">skriver:</span>',
	);
	return isset( $sv[ $text ] ) ? $sv[ $text ] : $translation;
}
add_filter( 'gettext', 'flatso_core_strings_sv', 10, 3 );

function flatso_core_strings_sv_ctx( $translation, $text, $context, $domain = 'default' ) {
	if ( 'default' !== $domain || $translation !== $text ) {
		return $translation;
	}
	if ( 'Enter' === $text && 'post password form' === $context ) {
		return 'Skicka';
	}
	return $translation;
}
add_filter( 'gettext_with_context', 'flatso_core_strings_sv_ctx', 10, 4 );

/* ------------------------------------------------------------------------
 * Flatsome helpers
 * --------------------------------------------------------------------- */

function get_flatsome_icon( $name, $size = null ) {
	$style = $size ? 'style="font-size:' . $size . ';"' : '';
	return '<i class="' . $name . '" ' . $style . '></i>';
}

function get_flatsome_icon_class( $style, $size = null ) {
	$classes = array( 'icon' );
	if ( 'outline' === $style ) {
		$classes[] = 'button circle is-outline';
	} elseif ( 'fill' === $style ) {
		$classes[] = 'button circle';
	} elseif ( 'fill-round' === $style ) {
		$classes[] = 'button round';
	} elseif ( 'outline-round' === $style ) {
		$classes[] = 'button round is-outline';
	} else {
		$classes = array( 'nav-top-link' );
	}
	if ( 'small' === $size ) {
		$classes[] = 'is-small';
	}
	return implode( ' ', $classes );
}

function flatsome_sanitize_whitespace_chars( $content ) {
	return preg_replace( '/[\r\n\t]+/', '', $content );
}

function flatsome_string_limit_words( $string, $word_limit ) {
	$words = explode( ' ', $string, ( $word_limit + 1 ) );
	if ( count( $words ) > $word_limit ) {
		array_pop( $words );
	}
	return implode( ' ', $words );
}

function get_shortcode_inline_css( $args ) {
	$style = '';
	foreach ( $args as $value ) {
		$unit = array_key_exists( 'unit', $value ) ? $value['unit'] : '';
		if ( $value['value'] ) {
			$style .= $value['attribute'] . ':' . $value['value'] . $unit . ';';
		}
	}
	return $style ? 'style="' . $style . '"' : '';
}

/**
 * Flatsome's header/blog badge style (outline).
 */
function flatsome_blog_article_classes() {
	$classes = array();
	if ( flatsome_option( 'blog_posts_depth' ) ) {
		$classes[] = 'has-shadow box-shadow-' . flatsome_option( 'blog_posts_depth' );
	}
	if ( ! empty( $classes ) ) {
		echo implode( ' ', $classes ); // phpcs:ignore
	}
}

/* ------------------------------------------------------------------------
 * Post meta – Flatsome's flatsome_posted_on(), in Swedish.
 * --------------------------------------------------------------------- */

function flatsome_posted_on() {
	$time_string = '<time class="entry-date published updated" datetime="%1$s">%2$s</time>';
	if ( get_the_time( 'U' ) !== get_the_modified_time( 'U' ) ) {
		$time_string = '<time class="entry-date published" datetime="%1$s">%2$s</time><time class="updated" datetime="%3$s">%4$s</time>';
	}

	$time_string = sprintf(
		$time_string,
		esc_attr( get_the_date( 'c' ) ),
		esc_html( get_the_date() ),
		esc_attr( get_the_modified_date( 'c' ) ),
		esc_html( get_the_modified_date() )
	);

	$posted_on = sprintf(
		/* translators: %s: post date. */
		esc_html( 'Publicerat den %s' ),
		'<a href="' . esc_url( get_permalink() ) . '" rel="bookmark">' . $time_string . '</a>'
	);

	$byline = sprintf(
		/* translators: %s: post author. */
		esc_html( 'av %s' ),
		'<span class="meta-author vcard"><a class="url fn n" href="' . esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ) . '">' . esc_html( get_the_author() ) . '</a></span>'
	);

	echo '<span class="posted-on">' . $posted_on . '</span><span class="byline"> ' . $byline . '</span>'; // phpcs:ignore
}

/* ------------------------------------------------------------------------
 * Previous / next post navigation and archive pagination.
 * --------------------------------------------------------------------- */

function flatsome_content_nav( $nav_id ) {
	global $wp_query, $post;

	if ( is_single() ) {
		$previous = ( is_attachment() ) ? get_post( $post->post_parent ) : get_adjacent_post( false, '', true );
		$next     = get_adjacent_post( false, '', false );
		if ( ! $next && ! $previous ) {
			return;
		}
	}

	if ( $wp_query->max_num_pages < 2 && ( is_home() || is_archive() || is_search() ) ) {
		return;
	}

	$nav_class = ( is_single() ) ? 'navigation-post' : 'navigation-paging';
	?>
	<?php if ( is_single() ) : ?>
	<nav role="navigation" id="<?php echo esc_attr( $nav_id ); ?>" class="<?php echo esc_attr( $nav_class ); ?>">
	<div class="flex-row next-prev-nav bt bb">
		<div class="flex-col flex-grow nav-prev text-left">
			    <?php previous_post_link( '<div class="nav-previous">%link</div>', '<span class="hide-for-small">' . get_flatsome_icon( 'icon-angle-left' ) . '</span> %title' ); ?>

		</div>
		<div class="flex-col flex-grow nav-next text-right">
			    <?php next_post_link( '<div class="nav-next">%link</div>', '%title <span class="hide-for-small">' . get_flatsome_icon( 'icon-angle-right' ) . '</span>' ); ?>
		</div>
	</div>

	<?php elseif ( $wp_query->max_num_pages > 1 && ( is_home() || is_archive() || is_search() ) ) : ?>
	<nav role="navigation" id="<?php echo esc_attr( $nav_id ); ?>" class="<?php echo esc_attr( $nav_class ); ?>">
	<div class="flex-row">
		<div class="flex-col flex-grow">
	<?php if ( get_next_posts_link() ) : ?>
		<div class="nav-previous"><?php next_posts_link( '<span class="icon-angle-left"></span> Äldre inlägg' ); ?></div>
		<?php endif; ?>
		</div>
		<div class="flex-col flex-grow">
		  <?php if ( get_previous_posts_link() ) : ?>
			 <div class="nav-next"><?php previous_posts_link( 'Nyare inlägg <span class="icon-angle-right"></span>' ); ?></div>
		 <?php endif; ?>		</div>
	</div>
	<?php endif; ?>
	</nav><!-- #<?php echo esc_html( $nav_id ); ?> -->

	<?php
}

function flatsome_posts_pagination() {
	global $wp_query;
	$prev_arrow = get_flatsome_icon( 'icon-angle-left' );
	$next_arrow = get_flatsome_icon( 'icon-angle-right' );
	$total      = (int) $wp_query->max_num_pages;
	$big        = 999999999;

	if ( $total > 1 ) {
		$format = get_option( 'permalink_structure' ) ? 'page/%#%/' : '&paged=%#%';
		$pages  = paginate_links(
			array(
				'base'      => str_replace( $big, '%#%', esc_url( get_pagenum_link( $big ) ) ),
				'format'    => $format,
				'current'   => max( 1, get_query_var( 'paged' ) ),
				'total'     => $total,
				'mid_size'  => 3,
				'type'      => 'array',
				'prev_text' => $prev_arrow,
				'next_text' => $next_arrow,
			)
		);

		if ( is_array( $pages ) ) {
			echo '<ul class="page-numbers nav-pagination links text-center">';
			foreach ( $pages as $page ) {
				$page = str_replace( 'page-numbers', 'page-number', $page );
				echo "<li>$page</li>"; // phpcs:ignore
			}
			echo '</ul>';
		}
	}
}

/* ------------------------------------------------------------------------
 * Comments – Flatsome's flatsome_comment() callback.
 * --------------------------------------------------------------------- */

function flatsome_comment( $comment, $args, $depth ) {
	$GLOBALS['comment'] = $comment; // phpcs:ignore
	switch ( $comment->comment_type ) :
		case 'pingback':
		case 'trackback':
			?>
	<li class="post pingback">
		<p>Pingback: <?php comment_author_link(); ?><?php edit_comment_link( 'Redigera', '<span class="edit-link">', '<span>' ); ?></p>
			<?php
			break;
		default:
			?>
	<li <?php comment_class(); ?> id="li-comment-<?php comment_ID(); ?>">
		<article id="comment-<?php comment_ID(); ?>" class="comment-inner">

			<div class="flex-row align-top">
				<div class="flex-col">
					<div class="comment-author mr-half">
						<?php echo get_avatar( $comment, 70 ); ?>
					</div>
				</div><!-- .large-3 -->

				<div class="flex-col flex-grow">
					<?php printf( '%s <span class="says">skriver:</span>', sprintf( '<cite class="strong fn">%s</cite>', get_comment_author_link() ) ); // phpcs:ignore ?>
					<?php if ( '0' === (string) $comment->comment_approved ) : ?>
					<em>Din kommentar väntar på moderering.</em>
					 <br />
					<?php endif; ?>

				   <div class="comment-content"><?php comment_text(); ?></div>


				 <div class="comment-meta commentmetadata uppercase is-xsmall clear">
					<a href="<?php echo esc_url( get_comment_link( $comment->comment_ID ) ); ?>"><time datetime="<?php comment_time( 'c' ); ?>" class="pull-left">
					<?php printf( '%1$s kl. %2$s', get_comment_date(), get_comment_time() ); // phpcs:ignore ?>
					</time></a>
					<?php edit_comment_link( 'Redigera', '<span class="edit-link ml-half strong">', '<span>' ); ?>

						<div class="reply pull-right">
							<?php
							comment_reply_link(
								array_merge(
									$args,
									array(
										'reply_text'    => 'Svara',
										'reply_to_text' => 'Svar till %s',
										'login_text'    => 'Logga in för att svara',
										'depth'         => $depth,
										'max_depth'     => $args['max_depth'],
									)
								)
							);
							?>
						</div><!-- .reply -->
				</div><!-- .comment-meta .commentmetadata -->

				</div><!-- .flex-col -->
			</div><!-- .flex-row -->
		</article>
	<!-- #comment -->

			<?php
			break;
	endswitch;
}

/**
 * comment_form() arguments: core's own markup, in Swedish.
 */
function flatso_comment_form_args() {
	$commenter = wp_get_current_commenter();
	$req       = get_option( 'require_name_email' );
	$required  = $req ? ' <span class="required">*</span>' : '';
	$req_attr  = $req ? ' required' : '';

	$fields = array(
		'author' => '<p class="comment-form-author"><label for="author">Namn' . $required . '</label> <input id="author" name="author" type="text" value="' . esc_attr( $commenter['comment_author'] ) . '" size="30" maxlength="245" autocomplete="name"' . $req_attr . ' /></p>',
		'email'  => '<p class="comment-form-email"><label for="email">E-postadress' . $required . '</label> <input id="email" name="email" type="email" value="' . esc_attr( $commenter['comment_author_email'] ) . '" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email"' . $req_attr . ' /></p>',
		'url'    => '<p class="comment-form-url"><label for="url">Webbplats</label> <input id="url" name="url" type="url" value="' . esc_attr( $commenter['comment_author_url'] ) . '" size="30" maxlength="200" autocomplete="url" /></p>',
	);
	if ( has_action( 'set_comment_cookies', 'wp_set_comment_cookies' ) && get_option( 'show_comments_cookies_opt_in' ) ) {
		$consent          = empty( $commenter['comment_author_email'] ) ? '' : ' checked="checked"';
		$fields['cookies'] = '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . $consent . ' /> <label for="wp-comment-cookies-consent">Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.</label></p>';
	}

	return array(
		'fields'               => $fields,
		'comment_field'        => '<p class="comment-form-comment"><label for="comment">Kommentar <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>',
		'must_log_in'          => '<p class="must-log-in">Du måste vara <a href="' . esc_url( wp_login_url( get_permalink() ) ) . '">inloggad</a> för att kunna skriva kommentarer.</p>',
		'logged_in_as'         => '<p class="logged-in-as">Inloggad som ' . esc_html( wp_get_current_user()->display_name ) . '. <a href="' . esc_url( wp_logout_url( get_permalink() ) ) . '">Logga ut?</a> <span class="required-field-message">Obligatoriska fält är märkta <span class="required">*</span></span></p>',
		'comment_notes_before' => '<p class="comment-notes"><span id="email-notes">Din e-postadress kommer inte publiceras.</span> <span class="required-field-message">Obligatoriska fält är märkta <span class="required">*</span></span></p>',
		'title_reply'          => 'Lämna ett svar',
		/* translators: %s: comment author. */
		'title_reply_to'       => 'Lämna ett svar till %s',
		'cancel_reply_link'    => 'Avbryt svar',
		'label_submit'         => 'Publicera kommentar',
	);
}

/* ------------------------------------------------------------------------
 * [share] – Flatsome's share icons.
 * --------------------------------------------------------------------- */

function flatsome_share( $atts = array() ) {
	global $post;
	if ( ! $post ) {
		return '';
	}
	$post_id        = $post->ID;
	$permalink      = get_permalink( $post_id );
	$featured_image = wp_get_attachment_image_src( get_post_thumbnail_id( $post_id ), 'large' );
	$featured_image = $featured_image ? $featured_image[0] : '';
	$post_title     = rawurlencode( get_the_title( $post_id ) );
	$whatsapp_text  = $post_title . ' - ' . $permalink;
	$classes        = get_flatsome_icon_class( flatsome_option( 'social_icons_style' ) ) . ' tooltip';
	$popup          = "window.open(this.href,this.title,'width=500,height=500,top=300px,left=300px');  return false;";

	ob_start();
	?>
	<div class="social-icons share-icons share-row relative" >
		  <a href="whatsapp://send?text=<?php echo $whatsapp_text; // phpcs:ignore ?>" data-action="share/whatsapp/share" class="<?php echo esc_attr( $classes ); ?> whatsapp show-for-medium" title="Dela på WhatsApp" aria-label="Dela på WhatsApp"><i class="icon-whatsapp"></i></a>
		  <a href="https://www.facebook.com/sharer.php?u=<?php echo esc_attr( $permalink ); ?>" data-label="Facebook" onclick="<?php echo esc_attr( $popup ); ?>" rel="noopener noreferrer nofollow" target="_blank" class="<?php echo esc_attr( $classes ); ?> facebook" title="Dela på Facebook" aria-label="Dela på Facebook"><?php echo get_flatsome_icon( 'icon-facebook' ); // phpcs:ignore ?></a>
		  <a href="https://twitter.com/share?url=<?php echo esc_attr( $permalink ); ?>" onclick="<?php echo esc_attr( $popup ); ?>" rel="noopener noreferrer nofollow" target="_blank" class="<?php echo esc_attr( $classes ); ?> twitter" title="Dela på Twitter" aria-label="Dela på Twitter"><?php echo get_flatsome_icon( 'icon-twitter' ); // phpcs:ignore ?></a>
		  <a href="mailto:?subject=<?php echo $post_title; // phpcs:ignore ?>&amp;body=Kolla%20in%20det%20h%C3%A4r%3A%20<?php echo esc_attr( $permalink ); ?>" rel="nofollow" class="<?php echo esc_attr( $classes ); ?> email" title="Skicka till en vän" aria-label="Skicka till en vän"><?php echo get_flatsome_icon( 'icon-envelop' ); // phpcs:ignore ?></a>
		  <a href="https://pinterest.com/pin/create/button?url=<?php echo esc_attr( $permalink ); ?>&amp;media=<?php echo esc_attr( $featured_image ); ?>&amp;description=<?php echo $post_title; // phpcs:ignore ?>" onclick="<?php echo esc_attr( $popup ); ?>" rel="noopener noreferrer nofollow" target="_blank" class="<?php echo esc_attr( $classes ); ?> pinterest" title="Fäst på Pinterest" aria-label="Fäst på Pinterest"><?php echo get_flatsome_icon( 'icon-pinterest' ); // phpcs:ignore ?></a>
		  <a href="https://www.linkedin.com/shareArticle?mini=true&url=<?php echo esc_attr( $permalink ); ?>&title=<?php echo $post_title; // phpcs:ignore ?>" onclick="<?php echo esc_attr( $popup ); ?>" rel="noopener noreferrer nofollow" target="_blank" class="<?php echo esc_attr( $classes ); ?> linkedin" title="Dela på LinkedIn" aria-label="Dela på LinkedIn"><?php echo get_flatsome_icon( 'icon-linkedin' ); // phpcs:ignore ?></a>
	</div>
	<?php
	return flatsome_sanitize_whitespace_chars( ob_get_clean() );
}
add_shortcode( 'share', 'flatsome_share' );

/* ------------------------------------------------------------------------
 * [blog_posts] – Flatsome's post boxes (used by the blog list, and by the
 * "Senaste från bloggen" block the shop shows after each post).
 * --------------------------------------------------------------------- */

function flatsome_blog_posts( $atts ) {
	$atts = wp_parse_args(
		$atts,
		array(
			'style'          => '',
			'columns'        => '4',
			'columns__sm'    => '1',
			'columns__md'    => '',
			'type'           => 'row',
			'posts'          => '8',
			'ids'            => '',
			'excerpt'        => 'visible',
			'excerpt_length' => 15,
			'comments'       => 'true',
			'show_date'      => 'badge',
			'badge_style'    => '',
			'title_size'     => 'large',
			'text_pos'       => 'bottom',
			'text_align'     => 'center',
			'image_size'     => 'medium',
			'image_width'    => '',
			'image_height'   => '56%',
			'title'          => '',
		)
	);

	$style = str_replace( 'text-', '', $atts['style'] );

	$classes_box = array();
	if ( $style ) {
		$classes_box[] = 'box-' . $style;
	}
	if ( $atts['text_pos'] ) {
		$classes_box[] = 'box-text-' . $atts['text_pos'];
	}
	$classes_image = array();
	if ( $atts['image_height'] ) {
		$classes_image[] = 'image-cover';
	}
	$classes_text = array();
	if ( $atts['text_align'] ) {
		$classes_text[] = 'text-' . $atts['text_align'];
	}

	$css_args_img     = array(
		array( 'attribute' => 'width', 'value' => $atts['image_width'], 'unit' => '%' ),
	);
	$css_image_height = array(
		array( 'attribute' => 'padding-top', 'value' => $atts['image_height'] ),
	);

	$args = array(
		'post_status'         => 'publish',
		'post_type'           => 'post',
		'posts_per_page'      => (int) $atts['posts'],
		'ignore_sticky_posts' => true,
	);
	if ( ! empty( $atts['ids'] ) ) {
		$ids  = array_map( 'trim', explode( ',', $atts['ids'] ) );
		$args = array(
			'post__in'            => $ids,
			'post_type'           => array( 'post', 'page', 'featured_item' ),
			'numberposts'         => -1,
			'orderby'             => 'post__in',
			'posts_per_page'      => 9999,
			'ignore_sticky_posts' => true,
		);
	}

	$row_classes   = array( 'row' );
	$row_classes[] = 'large-columns-' . $atts['columns'];
	$row_classes[] = ( empty( $atts['columns__md'] ) && $atts['columns'] > 4 ) ? 'medium-columns-3' : 'medium-columns-' . $atts['columns__md'];
	$row_classes[] = ( empty( $atts['columns__sm'] ) && $atts['columns'] > 2 ) ? 'small-columns-2' : 'small-columns-' . $atts['columns__sm'];

	$recent_posts = new WP_Query( $args );

	ob_start();
	if ( $atts['title'] ) {
		?>
  <div class="row">
    <div class="large-12 col">
      <h3 class="section-title"><span><?php echo esc_html( $atts['title'] ); ?></span></h3>
    </div>
  </div>
		<?php
	}
	?>
  <div class="<?php echo esc_attr( implode( ' ', $row_classes ) ); ?>">
	<?php
	while ( $recent_posts->have_posts() ) :
		$recent_posts->the_post();
		$col_class = array( 'post-item' );
		if ( get_post_format() === 'video' ) {
			$col_class[] = 'has-post-icon';
		}
		?>
		<div class="col <?php echo esc_attr( implode( ' ', $col_class ) ); ?>" >
			<div class="col-inner">
			<a href="<?php the_permalink(); ?>" class="plain">
				<div class="box <?php echo esc_attr( implode( ' ', $classes_box ) ); ?> box-blog-post has-hover">
		<?php if ( has_post_thumbnail() ) { ?>
					<div class="box-image" <?php echo get_shortcode_inline_css( $css_args_img ); // phpcs:ignore ?>>
						<div class="<?php echo esc_attr( implode( ' ', $classes_image ) ); ?>" <?php echo get_shortcode_inline_css( $css_image_height ); // phpcs:ignore ?>>
							<?php the_post_thumbnail( $atts['image_size'] ); ?>
						</div>
					</div><!-- .box-image -->
		<?php } ?>
					<div class="box-text <?php echo esc_attr( implode( ' ', $classes_text ) ); ?>" >
					<div class="box-text-inner blog-post-inner">

					<h5 class="post-title is-<?php echo esc_attr( $atts['title_size'] ); ?> "><?php the_title(); ?></h5>
					<?php if ( ( ! has_post_thumbnail() && 'false' !== $atts['show_date'] ) || 'text' === $atts['show_date'] ) { ?><div class="post-meta is-small op-8"><?php echo esc_html( get_the_date() ); ?></div><?php } ?>
					<div class="is-divider"></div>
					<?php if ( 'false' !== $atts['excerpt'] ) { ?>
					<p class="from_the_blog_excerpt "><?php
						$the_excerpt  = get_the_excerpt();
						$excerpt_more = apply_filters( 'excerpt_more', ' [...]' );
						echo flatsome_string_limit_words( $the_excerpt, (int) $atts['excerpt_length'] ) . $excerpt_more; // phpcs:ignore
					?>
					</p>
					<?php } ?>
					<?php if ( 'true' === $atts['comments'] && comments_open() && '0' !== (string) get_comments_number() ) { ?>
						<p class="from_the_blog_comments uppercase is-xsmall">
							<?php
							$comments_number = (int) get_comments_number( get_the_ID() );
							printf( 1 === $comments_number ? '%s kommentar' : '%s kommentarer', esc_html( number_format_i18n( $comments_number ) ) );
							?>
						</p>
					<?php } ?>

					</div><!-- .box-text-inner -->
					</div><!-- .box-text -->
					<?php if ( has_post_thumbnail() && ( 'badge' === $atts['show_date'] || 'true' === $atts['show_date'] ) ) { ?>
					<?php $badge_style = $atts['badge_style'] ? $atts['badge_style'] : flatsome_option( 'blog_badge_style' ); ?>
						<div class="badge absolute top post-date badge-<?php echo esc_attr( $badge_style ); ?>">
							<div class="badge-inner">
								<span class="post-date-day"><?php echo esc_html( get_the_time( 'd', get_the_ID() ) ); ?></span><br>
								<span class="post-date-month is-xsmall"><?php echo esc_html( get_the_time( 'M', get_the_ID() ) ); ?></span>
							</div>
						</div>
					<?php } ?>
				</div><!-- .box -->
				</a><!-- .link -->
			</div><!-- .col-inner -->
		</div><!-- .col -->
		<?php
	endwhile;
	wp_reset_postdata();
	?>
</div>
	<?php
	return ob_get_clean();
}

/* ------------------------------------------------------------------------
 * HTML after blog posts (Flatsome "blog_after_post" option). The shop put a
 * [blog_posts] block here: the three LATEST posts, whatever post is shown.
 * --------------------------------------------------------------------- */

function flatsome_before_blog_comments() {
	if ( ! flatsome_option( 'blog_after_post' ) || ! is_singular( 'post' ) ) {
		return;
	}
	echo '<div class="html-before-comments mb">';
	echo '<div class="container section-title-container" ><h3 class="section-title section-title-normal"><b></b><span class="section-title-main" >Senaste från bloggen</span><b></b></h3></div>';
	echo flatsome_blog_posts( // phpcs:ignore
		array(
			'columns'     => '3',
			'columns__md' => '1',
			'posts'       => '3',
			'image_height' => '56.25%',
			'show_date'   => 'text',
			'excerpt'     => 'false',
			'comments'    => 'false',
			'title_size'  => 'normal',
		)
	);
	echo '</div>';
}
add_action( 'flatsome_before_comments', 'flatsome_before_blog_comments' );

/* Archive title (Flatsome "blog_archive_title"). */
function flatsome_archive_title() {
	if ( flatsome_option( 'blog_archive_title' ) && ( is_archive() || is_search() ) ) {
		get_template_part( 'template-parts/posts/partials/archive-title' );
	}
}
add_action( 'flatsome_before_blog', 'flatsome_archive_title', 15 );

/* ------------------------------------------------------------------------
 * WooCommerce price markup (the shop's prices, in kronor).
 * --------------------------------------------------------------------- */

function flatso_wc_price( $amount ) {
	return '<span class="woocommerce-Price-amount amount"><bdi>' . number_format( (float) $amount, 2, ',', '&nbsp;' ) . '&nbsp;<span class="woocommerce-Price-currencySymbol">kr</span></bdi></span>';
}

function flatso_price_html( $regular, $sale = null ) {
	if ( null !== $sale ) {
		return '<del aria-hidden="true">' . flatso_wc_price( $regular ) . '</del> <ins>' . flatso_wc_price( $sale ) . '</ins>';
	}
	return flatso_wc_price( $regular );
}

/**
 * The shop's products shown in the sidebar "Populärt i butiken" widget.
 */
function flatso_shop_products() {
	return array(
		array( 'name' => 'Brandvarnare optisk 10 år', 'slug' => 'brandvarnare-optisk-10-ar', 'price' => 249, 'sale' => 199 ),
		array( 'name' => 'Brandfilt 120 × 180 cm', 'slug' => 'brandfilt-120x180', 'price' => 329, 'sale' => null ),
		array( 'name' => 'Snålspolande duschmunstycke', 'slug' => 'snalspolande-duschmunstycke', 'price' => 189, 'sale' => null ),
		array( 'name' => 'Tätningslist för fönster & dörr, 6 m', 'slug' => 'tatningslist-fonster-dorr-6-m', 'price' => 89.5, 'sale' => null ),
		array( 'name' => 'Hyresgästpärm "Trygg i hemmet"', 'slug' => 'hyresgastparm-trygg-i-hemmet', 'price' => 1249, 'sale' => 995 ),
	);
}

/* ------------------------------------------------------------------------
 * Widgets: the sidebar and footer the shop has configured, printed with the
 * same markup WordPress/Flatsome/WooCommerce widgets produce.
 * --------------------------------------------------------------------- */

function flatso_widget_open( $id, $class, $title, $area = 'main' ) {
	if ( 'main' === $area ) {
		echo '<aside id="' . esc_attr( $id ) . '" class="widget ' . esc_attr( $class ) . '">';
		if ( $title ) {
			echo '<span class="widget-title "><span>' . esc_html( $title ) . '</span></span><div class="is-divider small"></div>';
		}
	} else {
		echo '<div id="' . esc_attr( $id ) . '" class="col pb-0 widget ' . esc_attr( $class ) . '">';
		if ( $title ) {
			echo '<span class="widget-title">' . esc_html( $title ) . '</span><div class="is-divider small"></div>';
		}
	}
}

function flatso_widget_close( $area = 'main' ) {
	echo ( 'main' === $area ) ? '</aside>' : '</div>';
}

/* Search widget with Flatsome's searchform.php. */
function flatso_widget_search() {
	flatso_widget_open( 'search-2', 'widget_search', '' );
	get_search_form();
	flatso_widget_close();
}

/* Flatsome_Recent_Post_Widget ("flatsome_recent_posts"), thumbnails + date stamp on. */
function flatso_widget_recent_posts() {
	$r = new WP_Query(
		array(
			'posts_per_page'      => 5,
			'no_found_rows'       => true,
			'post_status'         => 'publish',
			'ignore_sticky_posts' => true,
		)
	);
	if ( ! $r->have_posts() ) {
		return;
	}
	flatso_widget_open( 'flatsome_recent_posts-2', 'flatsome_recent_posts', 'Senaste inläggen' );
	echo '<ul>';
	while ( $r->have_posts() ) :
		$r->the_post();
		$image_style = '';
		if ( has_post_thumbnail() ) {
			$image_style = 'style="background: linear-gradient( rgba(0, 0, 0, 0.5), rgba(0, 0, 0, 0.2) ), url(' . esc_url( (string) wp_get_attachment_image_url( get_post_thumbnail_id( get_the_ID() ), 'thumbnail' ) ) . '); color:#fff; text-shadow:1px 1px 0px rgba(0,0,0,.5); border:0;"';
		}
		?>

		<li class="recent-blog-posts-li">
			<div class="flex-row recent-blog-posts align-top pt-half pb-half">
				<div class="flex-col mr-half">
					<div class="badge post-date  badge-<?php echo esc_attr( flatsome_option( 'blog_badge_style' ) ); ?>">
							<div class="badge-inner bg-fill" <?php echo $image_style; // phpcs:ignore ?>>
								<span class="post-date-day"><?php echo esc_html( get_the_time( 'd', get_the_ID() ) ); ?></span><br>
								<span class="post-date-month is-xsmall"><?php echo esc_html( get_the_time( 'M', get_the_ID() ) ); ?></span>
							</div>
					</div>
				</div><!-- .flex-col -->
				<div class="flex-col flex-grow">
					  <a href="<?php the_permalink(); ?>" title="<?php echo esc_attr( get_the_title() ? get_the_title() : get_the_ID() ); ?>"><?php if ( get_the_title() ) { the_title(); } else { the_ID(); } ?></a>
					  <span class="post_comments op-7 block is-xsmall"><?php flatso_comments_popup_link(); ?></span>
				</div>
			</div><!-- .flex-row -->
		</li>
		<?php
	endwhile;
	echo '</ul>';
	flatso_widget_close();
	wp_reset_postdata();
}

/**
 * comments_popup_link( '', '<strong>1</strong> Comment', '<strong>%</strong> Comments' )
 * as Flatsome calls it, with the Swedish strings.
 */
function flatso_comments_popup_link() {
	if ( post_password_required() ) {
		echo 'Ange ditt lösenord för att visa kommentarer.';
		return;
	}
	$number = (int) get_comments_number();
	if ( 0 === $number && ! comments_open() && ! pings_open() ) {
		echo '<span>Kommentarer inaktiverade<span class="screen-reader-text"> för ' . get_the_title() . '</span></span>'; // phpcs:ignore
		return;
	}
	$link = ( 0 === $number ) ? get_permalink() . '#respond' : get_comments_link();
	echo '<a href="' . esc_url( $link ) . '">';
	if ( 0 === $number ) {
		echo '';
	} elseif ( 1 === $number ) {
		echo '<strong>1</strong> kommentar';
	} else {
		echo '<strong>' . esc_html( number_format_i18n( $number ) ) . '</strong> kommentarer';
	}
	echo '</a>';
}

/* WooCommerce "Products" widget (WC_Widget_Products) – the shop's items. */
function flatso_widget_products() {
	$placeholder = get_template_directory_uri() . '/assets/img/placeholder.svg';
	flatso_widget_open( 'woocommerce_products-2', 'woocommerce widget_products', 'Populärt i butiken' );
	echo '<ul class="product_list_widget">';
	foreach ( flatso_shop_products() as $product ) {
		$url = home_url( '/produkt/' . $product['slug'] . '/' );
		echo '<li>';
		echo "\n\t\n\t" . '<a href="' . esc_url( $url ) . '">';
		echo "\n\t\t" . '<img width="100" height="100" src="' . esc_url( $placeholder ) . '" class="attachment-woocommerce_gallery_thumbnail size-woocommerce_gallery_thumbnail" alt="" decoding="async" loading="lazy" />';
		echo '<span class="product-title">' . esc_html( $product['name'] ) . '</span>';
		echo "\n\t</a>\n\n\t\t\t\n\t" . flatso_price_html( $product['price'], $product['sale'] ) . "\n\t"; // phpcs:ignore
		echo "</li>\n";
	}
	echo '</ul>';
	flatso_widget_close();
}

/* Categories widget. */
function flatso_widget_categories() {
	flatso_widget_open( 'categories-2', 'widget_categories', 'Kategorier' );
	echo "\n\t\t\t<ul>\n";
	wp_list_categories(
		array(
			'title_li'   => '',
			'show_count' => 1,
			'orderby'    => 'name',
		)
	);
	echo "\t\t\t</ul>\n\n\t\t\t";
	flatso_widget_close();
}

/* Tag cloud widget. */
function flatso_tag_count_text( $count ) {
	return sprintf( '%s inlägg', number_format_i18n( $count ) );
}

function flatso_widget_tag_cloud() {
	$cloud = wp_tag_cloud(
		array(
			'echo'                       => false,
			'show_count'                 => 0,
			'topic_count_text_callback'  => 'flatso_tag_count_text',
		)
	);
	if ( ! $cloud ) {
		return;
	}
	flatso_widget_open( 'tag_cloud-2', 'widget_tag_cloud', 'Etiketter' );
	echo '<div class="tagcloud">' . $cloud . '</div>'; // phpcs:ignore
	flatso_widget_close();
}

/* Text widget with a newsletter sign-up (Contact Form 7 markup). */
function flatso_cf7_newsletter_form( $form_id, $unit ) {
	$action = esc_url( home_url( '/' ) ) . '#' . $unit;
	ob_start();
	?>
<div class="wpcf7 no-js" id="<?php echo esc_attr( $unit ); ?>" lang="sv-SE" dir="ltr">
<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p> <ul></ul></div>
<form action="<?php echo $action; // phpcs:ignore ?>" method="post" class="wpcf7-form init" aria-label="Kontaktformulär" novalidate="novalidate" data-status="init">
<div style="display: none;">
<input type="hidden" name="_wpcf7" value="<?php echo (int) $form_id; ?>" />
<input type="hidden" name="_wpcf7_version" value="5.7.2" />
<input type="hidden" name="_wpcf7_locale" value="sv_SE" />
<input type="hidden" name="_wpcf7_unit_tag" value="<?php echo esc_attr( $unit ); ?>" />
<input type="hidden" name="_wpcf7_container_post" value="0" />
</div>
<div class="flex-row form-flat medium-flex-wrap">
<div class="flex-col flex-grow">
	<p><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-email wpcf7-validates-as-required wpcf7-validates-as-email" aria-required="true" aria-invalid="false" placeholder="Din e-postadress (obligatoriskt)" value="" type="email" name="your-email" /></span>
	</p>
</div>
<div class="flex-col ml-half">
	<p><input class="wpcf7-form-control has-spinner wpcf7-submit button" type="submit" value="Prenumerera" />
	</p>
</div>
</div><div class="wpcf7-response-output" aria-hidden="true"></div>
</form>
</div>
	<?php
	return ob_get_clean();
}

function flatso_sidebar_widgets() {
	flatso_widget_search();
	flatso_widget_recent_posts();
	flatso_widget_products();
	flatso_widget_categories();
	flatso_widget_tag_cloud();
}

/* Footer 2 (dark, four columns). */
function flatso_footer_widgets() {
	// 1: about the company.
	flatso_widget_open( 'text-2', 'widget_text', 'Om Bostadsbutiken', 'footer' );
	echo '			<div class="textwidget"><p>Bostadsbutiken är webbutiken från Hemma Bostäder AB. Vi säljer produkter som gör hemmet tryggare, varmare och billigare att bo i.</p>
<p>Hemma Bostäder AB<br />
Storgatan 12, 652 25 Karlstad<br />
Org.nr 556677-8899<br />
<a href="tel:+4654123456">054-12 34 56</a></p>
</div>
		';
	flatso_widget_close( 'footer' );

	// 2: customer service links.
	flatso_widget_open( 'nav_menu-2', 'widget_nav_menu', 'Kundtjänst', 'footer' );
	echo '<div class="menu-kundtjanst-container"><ul id="menu-kundtjanst" class="menu">';
	$links = array(
		'Leverans & frakt'   => '/leverans/',
		'Öppet köp & retur'  => '/retur/',
		'Köpvillkor'         => '/kopvillkor/',
		'Integritetspolicy'  => '/integritetspolicy/',
		'Kontakta oss'       => '/kontakt/',
	);
	$n = 301;
	foreach ( $links as $label => $path ) {
		echo '<li id="menu-item-' . (int) $n . '" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-' . (int) $n . '"><a href="' . esc_url( home_url( $path ) ) . '">' . esc_html( $label ) . '</a></li>' . "\n";
		$n++;
	}
	echo '</ul></div>';
	flatso_widget_close( 'footer' );

	// 3: recent comments (WP_Widget_Recent_Comments).
	$comments = get_comments(
		array(
			'number'      => 5,
			'status'      => 'approve',
			'post_status' => 'publish',
			'type'        => 'comment',
		)
	);
	flatso_widget_open( 'recent-comments-2', 'widget_recent_comments', 'Senaste kommentarer', 'footer' );
	echo '<ul id="recentcomments">';
	foreach ( (array) $comments as $c ) {
		if ( post_password_required( $c->comment_post_ID ) ) {
			continue;
		}
		echo '<li class="recentcomments">';
		printf(
			'%1$s om %2$s',
			'<span class="comment-author-link">' . get_comment_author_link( $c ) . '</span>', // phpcs:ignore
			'<a href="' . esc_url( get_comment_link( $c ) ) . '">' . get_the_title( $c->comment_post_ID ) . '</a>' // phpcs:ignore
		);
		echo '</li>';
	}
	echo '</ul>';
	flatso_widget_close( 'footer' );

	// 4: newsletter.
	flatso_widget_open( 'text-3', 'widget_text', 'Nyhetsbrev', 'footer' );
	echo '			<div class="textwidget"><p>Få erbjudanden, boendetips och nyheter från oss en gång i månaden.</p>' . "\n";
	echo flatso_cf7_newsletter_form( 7042, 'wpcf7-f7042-o2' ); // phpcs:ignore
	echo "</div>\n\t\t";
	flatso_widget_close( 'footer' );
}

/* ------------------------------------------------------------------------
 * Header menu (the shop's "primary" menu when none is assigned).
 * --------------------------------------------------------------------- */

function flatso_menu_items() {
	$items = array(
		array( 'id' => 101, 'label' => 'Butik', 'url' => home_url( '/butik/' ), 'type' => 'post_type', 'object' => 'page', 'current' => false ),
		array( 'id' => 102, 'label' => 'Erbjudanden', 'url' => home_url( '/erbjudanden/' ), 'type' => 'custom', 'object' => 'custom', 'current' => false ),
		array( 'id' => 103, 'label' => 'Blogg', 'url' => home_url( '/' ), 'type' => 'custom', 'object' => 'custom', 'current' => ( is_home() || is_singular( 'post' ) ) ),
	);
	$pages = get_pages(
		array(
			'sort_column' => 'menu_order,post_title',
			'number'      => 2,
			'post_status' => 'publish',
		)
	);
	$n = 104;
	foreach ( (array) $pages as $p ) {
		$items[] = array(
			'id'      => $n++,
			'label'   => get_the_title( $p ),
			'url'     => get_permalink( $p ),
			'type'    => 'post_type',
			'object'  => 'page',
			'current' => is_page( $p->ID ),
		);
	}
	$items[] = array( 'id' => 110, 'label' => 'Kontakt', 'url' => home_url( '/kontakt/' ), 'type' => 'custom', 'object' => 'custom', 'current' => false );
	return $items;
}

function flatso_print_menu( $location, $link_class = 'nav-top-link' ) {
	if ( has_nav_menu( $location ) ) {
		wp_nav_menu(
			array(
				'theme_location' => $location,
				'container'      => false,
				'items_wrap'     => '%3$s',
				'depth'          => 2,
				'fallback_cb'    => false,
			)
		);
		return;
	}
	foreach ( flatso_menu_items() as $item ) {
		$classes = array( 'menu-item', 'menu-item-type-' . $item['type'], 'menu-item-object-' . $item['object'], 'menu-item-' . $item['id'] );
		if ( $item['current'] ) {
			$classes[] = 'current-menu-item';
			$classes[] = 'active';
		}
		$classes[] = 'menu-item-design-default';
		echo '<li id="menu-item-' . (int) $item['id'] . '" class="' . esc_attr( implode( ' ', $classes ) ) . '"><a href="' . esc_url( $item['url'] ) . '"' . ( $item['current'] ? ' aria-current="page"' : '' ) . ' class="' . esc_attr( $link_class ) . '">' . esc_html( $item['label'] ) . '</a></li>' . "\n";
	}
}

/* ------------------------------------------------------------------------
 * wp_footer additions: mobile menu, login popup, cookie notice.
 * --------------------------------------------------------------------- */

function flatsome_mobile_menu() {
	get_template_part( 'template-parts/overlays/overlay', 'menu' );
}
add_action( 'wp_footer', 'flatsome_mobile_menu', 7 );

function flatso_login_popup() {
	?>
	<div id="login-form-popup" class="lightbox-content mfp-hide">
		<div class="woocommerce">
			<div class="woocommerce-notices-wrapper"></div>
<div class="account-container lightbox-inner">
	<div class="account-login-inner">
		<h3 class="uppercase">Logga in</h3>
		<form class="woocommerce-form woocommerce-form-login login" method="post">
			<p class="woocommerce-form-row woocommerce-form-row--wide form-row form-row-wide">
				<label for="username">Användarnamn eller e-postadress&nbsp;<span class="required">*</span></label>
				<input type="text" class="woocommerce-Input woocommerce-Input--text input-text" name="username" id="username" autocomplete="username" value="" />
			</p>
			<p class="woocommerce-form-row woocommerce-form-row--wide form-row form-row-wide">
				<label for="password">Lösenord&nbsp;<span class="required">*</span></label>
				<input class="woocommerce-Input woocommerce-Input--text input-text" type="password" name="password" id="password" autocomplete="current-password" />
			</p>
			<p class="form-row">
				<label class="woocommerce-form__label woocommerce-form__label-for-checkbox woocommerce-form-login__rememberme">
					<input class="woocommerce-form__input woocommerce-form__input-checkbox" name="rememberme" type="checkbox" id="rememberme" value="forever" /> <span>Kom ihåg mig</span>
				</label>
				<button type="submit" class="woocommerce-button button woocommerce-form-login__submit" name="login" value="Logga in">Logga in</button>
			</p>
			<p class="woocommerce-LostPassword lost_password">
				<a href="<?php echo esc_url( home_url( '/mitt-konto/lost-password/' ) ); ?>">Glömt lösenordet?</a>
			</p>
		</form>
	</div>
</div>
		</div>
	</div>
	<?php
}
add_action( 'wp_footer', 'flatso_login_popup', 8 );

function flatsome_cookie_notice_template() {
	if ( ! flatsome_option( 'cookie_notice' ) ) {
		return;
	}
	?>
	<div class="flatsome-cookies">
		<div class="flatsome-cookies__inner">
			<div class="flatsome-cookies__text">
				Vi använder cookies för att ge dig en bättre upplevelse i butiken och på bloggen. Genom att fortsätta surfa godkänner du att vi använder cookies.
			</div>
			<div class="flatsome-cookies__buttons">
				<a href="<?php echo esc_url( home_url( '/integritetspolicy/' ) ); ?>" target="_self" class="button secondary flatsome-cookies__more-btn" ><span>Mer information</span></a>
				<a href="#" target="_self" class="button primary flatsome-cookies__accept-btn" ><span>Acceptera</span></a>
			</div>
		</div>
	</div>
	<?php
}
add_action( 'wp_footer', 'flatsome_cookie_notice_template' );
