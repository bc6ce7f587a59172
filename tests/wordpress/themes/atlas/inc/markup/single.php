<?php
/**
 * Single post markup, hooked into template-parts/content-single.php and single.php.
 *
 * atlas_single_header_top      → atlas_single_breadcrumbs()     10
 * atlas_single_header_bottom   → atlas_single_meta()            10
 *                              → atlas_single_updated_notice()  20
 * atlas_single_before_content  → atlas_single_featured_image()  10
 * atlas_single_after_content   → atlas_single_tags()            10
 *                              → atlas_single_share()           20
 *                              → atlas_edit_post_link()         30
 * atlas_single_after_entry     → atlas_single_author_box()      10
 *                              → atlas_single_post_navigation() 20
 *                              → atlas_single_related_posts()   30
 *                              → atlas_single_newsletter()      40
 *                              → atlas_single_comments()        50
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Breadcrumbs above the title.
 */
function atlas_single_breadcrumbs() {
	if ( atlas_get_option( 'breadcrumbs' ) ) {
		atlas_breadcrumbs( 'atlas-single-breadcrumbs' );
	}
}
add_action( 'atlas_single_header_top', 'atlas_single_breadcrumbs' );

/**
 * Meta row under the title.
 */
function atlas_single_meta() {
	atlas_post_meta( 'single' );
}
add_action( 'atlas_single_header_bottom', 'atlas_single_meta' );

/**
 * "Uppdaterad" notice when the post was modified after publication.
 */
function atlas_single_updated_notice() {
	if ( ! atlas_get_option( 'single_updated_notice' ) || ! atlas_post_was_updated() ) {
		return;
	}
	?>
	<p class="atlas-updated-notice">
		<?php atlas_icon( 'refresh', 16 ); ?>
		<strong class="atlas-updated-label"><?php esc_html_e( 'Uppdaterad', 'atlas' ); ?></strong>
		<time class="atlas-updated-date" datetime="<?php echo esc_attr( get_the_modified_date( DATE_W3C ) ); ?>"><?php echo esc_html( get_the_modified_date() ); ?></time>
	</p>
	<?php
}
add_action( 'atlas_single_header_bottom', 'atlas_single_updated_notice', 20 );

/**
 * Featured image between the header and the content.
 */
function atlas_single_featured_image() {
	if ( atlas_get_option( 'single_featured_image' ) ) {
		atlas_post_thumbnail( 'post-thumbnail' );
	}
}
add_action( 'atlas_single_before_content', 'atlas_single_featured_image' );

/**
 * Tags after the content.
 */
function atlas_single_tags() {
	if ( ! atlas_get_option( 'single_tags' ) || 'post' !== get_post_type() ) {
		return;
	}

	$tags = get_the_tag_list( '<ul class="atlas-tag-list"><li>', '</li><li>', '</li></ul>' );
	if ( ! $tags || is_wp_error( $tags ) ) {
		return;
	}
	?>
	<div class="tags-links atlas-tags">
		<span class="atlas-tags-label"><?php atlas_icon( 'tag', 16 ); ?><?php esc_html_e( 'Etiketter:', 'atlas' ); ?></span>
		<?php echo $tags; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>
	</div>
	<?php
}
add_action( 'atlas_single_after_content', 'atlas_single_tags' );

/**
 * Social share links: plain links to each network's share URL, no JavaScript, no tracking.
 */
function atlas_single_share() {
	if ( ! atlas_get_option( 'single_share' ) ) {
		return;
	}

	$url   = rawurlencode( get_permalink() );
	$title = rawurlencode( wp_strip_all_tags( get_the_title() ) );

	$networks = array(
		'facebook' => array(
			/* translators: Hidden accessibility text. */
			'label' => __( 'Dela på Facebook', 'atlas' ),
			'url'   => 'https://www.facebook.com/sharer/sharer.php?u=' . $url,
		),
		'x'        => array(
			'label' => __( 'Dela på X (Twitter)', 'atlas' ),
			'url'   => 'https://twitter.com/intent/tweet?url=' . $url . '&text=' . $title,
		),
		'linkedin' => array(
			'label' => __( 'Dela på LinkedIn', 'atlas' ),
			'url'   => 'https://www.linkedin.com/sharing/share-offsite/?url=' . $url,
		),
		'mail'     => array(
			'label' => __( 'Dela via e-post', 'atlas' ),
			'url'   => 'mailto:?subject=' . $title . '&body=' . $url,
		),
	);

	/**
	 * Filters the share networks.
	 *
	 * @param array $networks Networks (label, url).
	 */
	$networks = apply_filters( 'atlas_share_networks', $networks );
	?>
	<div class="atlas-share">
		<p class="atlas-share-title"><?php atlas_icon( 'share', 16 ); ?><?php esc_html_e( 'Dela inlägget', 'atlas' ); ?></p>
		<ul class="atlas-share-list">
			<?php foreach ( $networks as $key => $network ) : ?>
				<?php $is_mail = ( 0 === strpos( $network['url'], 'mailto:' ) ); ?>
				<li class="atlas-share-item">
					<a class="atlas-share-link atlas-share-<?php echo esc_attr( $key ); ?>" href="<?php echo esc_url( $network['url'], array( 'https', 'mailto' ) ); ?>"<?php echo $is_mail ? '' : ' target="_blank" rel="noopener noreferrer nofollow"'; ?>>
						<?php atlas_icon( $key, 18 ); ?>
						<span class="screen-reader-text"><?php echo esc_html( $network['label'] ); ?><?php echo $is_mail ? '' : ' ' . esc_html__( '(öppnas i en ny flik)', 'atlas' ); ?></span>
					</a>
				</li>
			<?php endforeach; ?>
		</ul>
	</div>
	<?php
}
add_action( 'atlas_single_after_content', 'atlas_single_share', 20 );
add_action( 'atlas_single_after_content', 'atlas_edit_post_link', 30 );

/**
 * Author box after the post.
 */
function atlas_single_author_box() {
	if ( ! atlas_get_option( 'single_author_box' ) ) {
		return;
	}

	$author_id   = (int) get_the_author_meta( 'ID' );
	$author_url  = get_author_posts_url( $author_id );
	$description = get_the_author_meta( 'description' );
	?>
	<section class="atlas-author-box" aria-labelledby="atlas-author-box-title">
		<div class="atlas-author-box-avatar">
			<?php echo get_avatar( $author_id, 96, '', '', array( 'class' => 'atlas-avatar' ) ); ?>
		</div>
		<div class="atlas-author-box-content">
			<p class="atlas-author-box-label"><?php esc_html_e( 'Om författaren', 'atlas' ); ?></p>
			<h2 id="atlas-author-box-title" class="atlas-author-box-name">
				<a href="<?php echo esc_url( $author_url ); ?>" rel="author"><?php echo esc_html( get_the_author() ); ?></a>
			</h2>
			<?php if ( $description ) : ?>
				<div class="atlas-author-box-bio"><?php echo wp_kses_post( wpautop( $description ) ); ?></div>
			<?php endif; ?>
			<a class="atlas-author-box-link" href="<?php echo esc_url( $author_url ); ?>">
				<?php
				/* translators: %s: author name. */
				printf( esc_html__( 'Alla inlägg av %s', 'atlas' ), esc_html( get_the_author() ) );
				atlas_icon( 'arrow-right', 14 );
				?>
			</a>
		</div>
	</section>
	<?php
}
add_action( 'atlas_single_after_entry', 'atlas_single_author_box', 10 );

/**
 * Previous/next post links.
 */
function atlas_single_post_navigation() {
	if ( ! atlas_get_option( 'single_post_nav' ) ) {
		return;
	}

	the_post_navigation(
		array(
			'prev_text'          => '<span class="atlas-post-nav-label">' . atlas_get_icon( 'arrow-left', 14 ) . esc_html__( 'Föregående inlägg', 'atlas' ) . '</span><span class="atlas-post-nav-title">%title</span>',
			'next_text'          => '<span class="atlas-post-nav-label">' . esc_html__( 'Nästa inlägg', 'atlas' ) . atlas_get_icon( 'arrow-right', 14 ) . '</span><span class="atlas-post-nav-title">%title</span>',
			'screen_reader_text' => esc_html__( 'Inläggsnavigering', 'atlas' ),
			'aria_label'         => esc_attr__( 'Inlägg', 'atlas' ),
			'class'              => 'atlas-post-navigation',
		)
	);
}
add_action( 'atlas_single_after_entry', 'atlas_single_post_navigation', 20 );

/**
 * Posts for the "Du kanske också gillar" block: same categories first,
 * then the latest posts to fill the grid.
 *
 * @param int $post_id Current post.
 * @return WP_Post[]
 */
function atlas_get_related_posts( $post_id ) {
	$count = max( 1, absint( atlas_get_option( 'related_count' ) ) );
	$posts = array();

	$base = array(
		'post_type'           => 'post',
		'post_status'         => 'publish',
		'ignore_sticky_posts' => true,
		'no_found_rows'       => true,
		'posts_per_page'      => $count,
	);

	$category_ids = wp_get_post_categories( $post_id );
	if ( $category_ids ) {
		$posts = get_posts(
			array_merge(
				$base,
				array(
					'category__in' => $category_ids,
					'post__not_in' => array( $post_id ),
				)
			)
		);
	}

	if ( count( $posts ) < $count ) {
		$exclude = array_merge( array( $post_id ), wp_list_pluck( $posts, 'ID' ) );
		$more    = get_posts(
			array_merge(
				$base,
				array(
					'posts_per_page' => $count - count( $posts ),
					'post__not_in'   => $exclude,
				)
			)
		);
		$posts   = array_merge( $posts, $more );
	}

	/**
	 * Filters the related posts.
	 *
	 * @param WP_Post[] $posts   Posts.
	 * @param int       $post_id Current post.
	 */
	return apply_filters( 'atlas_related_posts', $posts, $post_id );
}

/**
 * "Du kanske också gillar" block.
 */
function atlas_single_related_posts() {
	if ( ! atlas_get_option( 'single_related' ) ) {
		return;
	}

	$related = atlas_get_related_posts( get_the_ID() );
	if ( empty( $related ) ) {
		return;
	}

	global $post;
	$current = $post;
	?>
	<section class="atlas-related-posts" aria-labelledby="atlas-related-title">
		<h2 id="atlas-related-title" class="atlas-section-title atlas-related-title"><?php esc_html_e( 'Du kanske också gillar', 'atlas' ); ?></h2>
		<div class="atlas-related-grid">
			<?php
			foreach ( $related as $post ) : // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
				setup_postdata( $post );
				?>
				<article class="atlas-related-item">
					<a class="atlas-related-thumb<?php echo has_post_thumbnail() ? '' : ' atlas-related-thumb-empty'; ?>" href="<?php the_permalink(); ?>" aria-hidden="true" tabindex="-1">
						<?php
						if ( has_post_thumbnail() ) {
							the_post_thumbnail( 'atlas-related', array( 'alt' => '' ) );
						} else {
							atlas_icon( 'folder', 28 );
						}
						?>
					</a>
					<h3 class="atlas-related-item-title"><a href="<?php the_permalink(); ?>"><?php the_title(); ?></a></h3>
					<time class="atlas-related-date" datetime="<?php echo esc_attr( get_the_date( DATE_W3C ) ); ?>"><?php echo esc_html( get_the_date() ); ?></time>
				</article>
				<?php
			endforeach;
			?>
		</div>
	</section>
	<?php
	$post = $current; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	wp_reset_postdata();
}
add_action( 'atlas_single_after_entry', 'atlas_single_related_posts', 30 );

/**
 * Newsletter call to action.
 */
function atlas_single_newsletter() {
	if ( ! atlas_get_option( 'single_newsletter' ) ) {
		return;
	}

	$title  = atlas_get_option( 'newsletter_title' );
	$text   = atlas_get_option( 'newsletter_text' );
	$button = atlas_get_option( 'newsletter_button' );
	$url    = atlas_get_option( 'newsletter_url' );
	$is_rss = empty( $url );

	if ( ! $title ) {
		$title = __( 'Missa inga nya inlägg', 'atlas' );
	}
	if ( ! $text ) {
		$text = $is_rss
			? __( 'Prenumerera på bloggen så får du veta när nästa inlägg publiceras.', 'atlas' )
			: __( 'Anmäl dig till nyhetsbrevet så får du nya inlägg direkt i inkorgen.', 'atlas' );
	}
	if ( ! $button ) {
		$button = $is_rss ? __( 'Prenumerera via RSS', 'atlas' ) : __( 'Prenumerera', 'atlas' );
	}
	if ( $is_rss ) {
		$url = get_feed_link();
	}
	?>
	<aside class="atlas-newsletter-cta" aria-labelledby="atlas-newsletter-title">
		<div class="atlas-newsletter-icon"><?php atlas_icon( 'mail', 32 ); ?></div>
		<div class="atlas-newsletter-content">
			<h2 id="atlas-newsletter-title" class="atlas-newsletter-title"><?php echo esc_html( $title ); ?></h2>
			<div class="atlas-newsletter-text"><?php echo wp_kses_post( wpautop( $text ) ); ?></div>
		</div>
		<div class="atlas-newsletter-action">
			<a class="atlas-button atlas-newsletter-button" href="<?php echo esc_url( $url ); ?>">
				<?php $is_rss ? atlas_icon( 'rss', 16 ) : atlas_icon( 'mail', 16 ); ?>
				<?php echo esc_html( $button ); ?>
			</a>
		</div>
	</aside>
	<?php
}
add_action( 'atlas_single_after_entry', 'atlas_single_newsletter', 40 );

/**
 * Comments (or the "closed" notice) after everything else.
 */
function atlas_single_comments() {
	if ( post_type_supports( get_post_type(), 'comments' ) ) {
		comments_template();
	}
}
add_action( 'atlas_single_after_entry', 'atlas_single_comments', 50 );
