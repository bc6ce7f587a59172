<?php
/**
 * General functions: author box, rich snippets, widgets helpers, body classes, comment form wrappers.
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly


/**
 * Author Box
 */
if ( ! function_exists( 'tie_author_box' ) ) {

	function tie_author_box( $author = false ) {

		if ( empty( $author ) ) {
			$author = get_queried_object();
		}

		if ( empty( $author->ID ) ) {
			return;
		}

		$profile      = get_author_posts_url( $author->ID );
		$display_name = $author->display_name;

		?>

		<div class="about-author container-wrapper about-author-<?php echo (int) $author->ID; ?>">

			<?php if ( get_option( 'show_avatars' ) ) { ?>
				<div class="author-avatar">
					<a href="<?php echo esc_url( $profile ); ?>">
						<?php echo tie_get_author_avatar( $author, 180 ); ?>
					</a>
				</div><!-- .author-avatar /-->
			<?php } ?>

			<div class="author-info">

				<?php if ( is_author() ) { ?>
					<h1 class="author-name"><a href="<?php echo esc_url( $profile ); ?>"><?php echo esc_html( $display_name ); ?></a></h1>
				<?php } else { ?>
					<h3 class="author-name"><a href="<?php echo esc_url( $profile ); ?>"><?php echo esc_html( $display_name ); ?></a></h3>
				<?php } ?>

				<div class="author-bio">
					<?php echo wp_kses_post( get_the_author_meta( 'description', $author->ID ) ); ?>
				</div><!-- .author-bio /-->

				<?php
				$author_url = get_the_author_meta( 'url', $author->ID );

				echo '<ul class="social-icons">';

				if ( ! empty( $author_url ) ) {
					echo '
						<li class="social-icons-item">
							<a href="' . esc_url( $author_url ) . '" rel="external noopener nofollow" target="_blank" class="social-link url-social-icon">
								<span class="tie-icon-home" aria-hidden="true"></span>
								<span class="screen-reader-text">Webbplats</span>
							</a>
						</li>
					';
				}

				echo '</ul>';
				?>
			</div><!-- .author-info /-->
			<div class="clearfix"></div>
		</div><!-- .about-author /-->
		<?php
	}
}


/**
 * Rich Snippets (printed inside #the-post, after .entry-content)
 */
if ( ! function_exists( 'tie_article_schemas' ) ) {

	add_action( 'TieLabs/after_post_entry', 'tie_article_schemas', 10 );

	function tie_article_schemas() {

		if ( ! tie_get_option( 'structure_data' ) || is_page() ) {
			return false;
		}

		// Never expose the body of a password protected post.
		if ( post_password_required() ) {
			return false;
		}

		$post    = get_post();
		$post_id = $post->ID;

		$article_body   = wp_strip_all_tags( strip_shortcodes( $post->post_content ) );
		$description    = wp_html_excerpt( $article_body, 200 );
		$puplished_date = get_post_time( 'Y-m-d\TH:i:sP', false );
		$modified_date  = get_post_modified_time( 'Y-m-d\TH:i:sP', false );
		$modified_date  = ! empty( $modified_date ) ? $modified_date : $puplished_date;

		$schema = array(
			'@context'           => 'http://schema.org',
			'@type'              => 'Article',
			'dateCreated'        => $puplished_date,
			'datePublished'      => $puplished_date,
			'dateModified'       => $modified_date,
			'headline'           => get_the_title(),
			'name'               => get_the_title(),
			'keywords'           => tie_get_plain_terms( $post_id, 'post_tag' ),
			'url'                => get_permalink(),
			'description'        => $description,
			'copyrightYear'      => get_the_time( 'Y' ),
			'articleSection'     => tie_get_plain_terms( $post_id, 'category' ),
			'articleBody'        => $article_body,
			'publisher'          => array(
				'@id'   => '#Publisher',
				'@type' => 'Organization',
				'name'  => get_bloginfo(),
				'logo'  => array(
					'@type' => 'ImageObject',
					'url'   => get_stylesheet_directory_uri() . '/assets/images/logo@2x.png',
				),
				'sameAs' => array_values( array_filter( tie_get_option( 'social', array() ) ) ),
			),
			'sourceOrganization' => array( '@id' => '#Publisher' ),
			'copyrightHolder'    => array( '@id' => '#Publisher' ),
			'mainEntityOfPage'   => array(
				'@type'      => 'WebPage',
				'@id'        => get_permalink(),
				'breadcrumb' => array( '@id' => '#Breadcrumb' ),
			),
			'author'             => array(
				'@type' => 'Person',
				'name'  => get_the_author(),
				'url'   => get_author_posts_url( (int) get_the_author_meta( 'ID' ) ),
			),
		);

		$image_data = wp_get_attachment_image_src( get_post_thumbnail_id(), 'full' );

		if ( ! empty( $image_data ) ) {
			$schema['image'] = array(
				'@type'  => 'ImageObject',
				'url'    => $image_data[0],
				'width'  => ( $image_data[1] < 1200 ) ? 1200 : $image_data[1],
				'height' => $image_data[2],
			);
		}

		echo '<script id="tie-schema-json" type="application/ld+json">' . json_encode( $schema ) . '</script>';
	}
}


/**
 * Posts list used by the widgets and the "Check Also" box
 */
if ( ! function_exists( 'tie_widget_posts' ) ) {

	function tie_widget_posts( $query_args = array(), $args = array() ) {

		$query_args = wp_parse_args( $query_args, array(
			'posts_per_page'      => 5,
			'post_status'         => 'publish',
			'ignore_sticky_posts' => true,
			'no_found_rows'       => true,
		) );

		$args = wp_parse_args( $args, array(
			'thumbnail'       => 'jannah-image-small',
			'thumbnail_first' => '',
			'count'           => 0,
			'title_length'    => '',
		) );

		$query = new WP_Query( $query_args );

		while ( $query->have_posts() ) {
			$query->the_post();
			$args['count']++;

			get_template_part( 'templates/loops/loop', 'widgets', $args );
		}

		wp_reset_postdata();
	}
}


/**
 * Get recent comments (Jannah "Recent Comments" widget, v5 markup)
 */
if ( ! function_exists( 'tie_recent_comments' ) ) {

	function tie_recent_comments( $comment_posts = 5, $avatar_size = 70 ) {

		$comments = get_comments( array(
			'status'      => 'approve',
			'type'        => 'comment',
			'number'      => $comment_posts * 2,
			'post_status' => 'publish',
			'post_type'   => 'post',
		) );

		$shown = 0;

		foreach ( $comments as $comment ) {

			// Comments of password protected posts are not public.
			if ( post_password_required( (int) $comment->comment_post_ID ) ) {
				continue;
			}

			if ( ++$shown > $comment_posts ) {
				break;
			}

			$link = get_permalink( (int) $comment->comment_post_ID ) . '#comment-' . $comment->comment_ID;
			?>
			<li>
				<?php
				$no_thumb = 'no-small-thumbs';

				if ( get_option( 'show_avatars' ) ) {
					$no_thumb = '';
					?>
					<div class="post-widget-thumbnail" style="width:<?php echo (int) $avatar_size; ?>px">
						<a class="author-avatar" href="<?php echo esc_url( $link ); ?>">
							<?php echo get_avatar( $comment, $avatar_size, '', sprintf( 'Foto av %s', esc_html( $comment->comment_author ) ) ); ?>
						</a>
					</div>
					<?php
				}
				?>

				<div class="comment-body <?php echo esc_attr( $no_thumb ); ?>">
					<a class="comment-author" href="<?php echo esc_url( $link ); ?>">
						<?php echo esc_html( wp_strip_all_tags( $comment->comment_author ) ); ?>
					</a>
					<p><?php echo esc_html( wp_html_excerpt( $comment->comment_content, 60 ) ); ?>...</p>
				</div>

			</li>
			<?php
		}
	}
}


/**
 * Widget wrappers (same markup as the registered sidebars)
 */
if ( ! function_exists( 'tie_widget_before' ) ) {

	function tie_widget_before( $id, $class, $title ) {
		echo '<div id="' . esc_attr( $id ) . '" class="container-wrapper widget ' . esc_attr( $class ) . '">';
		if ( $title ) {
			echo '<div class="widget-title the-global-title"><div class="the-subtitle">' . esc_html( $title ) . '<span class="widget-title-icon tie-icon"></span></div></div>';
		}
	}

	function tie_widget_after() {
		echo '<div class="clearfix"></div></div><!-- .widget /-->';
	}
}


/**
 * Main Content Column attributes
 */
if ( ! function_exists( 'tie_content_column_attr' ) ) {

	function tie_content_column_attr() {

		if ( is_404() ) {
			echo 'class="main-content tie-col-md-12" role="main"';
			return;
		}

		echo 'class="main-content tie-col-md-8 tie-col-xs-12" role="main"';
	}
}


/**
 * Before/After Comments Form
 */
if ( ! function_exists( 'tie_comment_form_before' ) ) {

	add_action( 'comment_form_before', 'tie_comment_form_before', 5 );
	function tie_comment_form_before() {
		echo '<div id="add-comment-block" class="container-wrapper">';
	}

	add_action( 'comment_form_after', 'tie_comment_form_after', 100 );
	function tie_comment_form_after() {
		echo '</div><!-- #add-comment-block /-->';
	}
}


/**
 * Body classes
 */
if ( ! function_exists( 'tie_body_class' ) ) {

	add_filter( 'body_class', 'tie_body_class' );

	function tie_body_class( $classes ) {

		$classes[] = 'wrapper-has-shadow';
		$classes[] = 'block-head-1';
		$classes[] = 'magazine1';
		$classes[] = 'is-thumb-overlay-disabled';
		$classes[] = 'is-desktop';
		$classes[] = 'is-header-layout-3';

		if ( is_404() ) {
			$classes[] = 'full-width';
		} else {
			$classes[] = 'sidebar-right';
			$classes[] = 'has-sidebar';
		}

		if ( is_singular( 'post' ) ) {
			$classes[] = 'post-layout-1';
			$classes[] = 'narrow-title-narrow-media';
			$classes[] = 'is-standard-format';
			$classes[] = 'has-mobile-share';
		}

		if ( is_archive() || is_search() || is_home() ) {
			$classes[] = 'hide_share_post_top';
		}

		return $classes;
	}
}


/**
 * Cookie banner (emulates the "Cookie Notice & Compliance" plugin markup printed in wp_footer)
 */
if ( ! function_exists( 'tie_cookie_notice' ) ) {

	add_action( 'wp_footer', 'tie_cookie_notice', 1000 );

	function tie_cookie_notice() {

		if ( ! tie_get_option( 'cookie_notice' ) ) {
			return;
		}

		$policy = get_privacy_policy_url();
		$policy = $policy ? $policy : home_url( '/integritetspolicy/' );
		?>

		<!-- Cookie Notice plugin v2.4.6 by Hu-manity.co https://hu-manity.co/ -->
		<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">Vi använder cookies för att ge dig den bästa upplevelsen på vår webbplats. Om du fortsätter att använda webbplatsen utgår vi från att du godkänner det.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="Nej">Nej</a><a href="<?php echo esc_url( $policy ); ?>" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Integritetspolicy">Integritetspolicy</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="Nej"></span></div>
			<div class="cookie-revoke-container" style="color: #fff"><span id="cn-revoke-text" class="cn-text-container">Du kan när som helst återkalla ditt samtycke med knappen Återkalla samtycke.</span><span id="cn-revoke-buttons" class="cn-buttons-container"><a href="#" class="cn-revoke-cookie cn-button" aria-label="Återkalla samtycke">Återkalla samtycke</a></span>
			</div>
		</div>
		<!-- / Cookie Notice plugin -->
		<?php
	}
}
