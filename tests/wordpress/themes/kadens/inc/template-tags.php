<?php
/**
 * Mallfunktioner (motsvarar Kadence template-parts/title/*).
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;

/**
 * Kategoripiller ovanför rubriken.
 */
function kadens_category_pills() {
	if ( 'post' !== get_post_type() ) {
		return;
	}
	$categories = get_the_category();
	if ( empty( $categories ) ) {
		return;
	}
	echo '<div class="entry-categories">';
	echo '<span class="category-links term-links category-style-pill">';
	foreach ( $categories as $category ) {
		printf(
			'<a href="%1$s" class="category-link-%2$s" rel="tag">%3$s</a>',
			esc_url( get_category_link( $category->term_id ) ),
			esc_attr( $category->slug ),
			esc_html( $category->name )
		);
	}
	echo '</span>';
	echo '</div>';
}

/**
 * Metarad: författare och datum.
 *
 * Byråns standardinställning är Kadence "Visa uppdaterat datum" med
 * "Endast uppdaterat": har inlägget ändrats visas bara det uppdaterade
 * datumet, publiceringsdatumet ligger kvar i en dold span för
 * strukturerad data.
 */
function kadens_entry_meta() {
	if ( 'post' !== get_post_type() ) {
		return;
	}
	$author_id = (int) get_the_author_meta( 'ID' );
	echo '<div class="entry-meta entry-meta-divider-dot">';

	// Författare.
	printf(
		'<span class="posted-by"><span class="meta-label">Av</span><span class="author vcard"><a class="url fn n" href="%1$s">%2$s</a></span></span>',
		esc_url( get_author_posts_url( $author_id ) ),
		esc_html( get_the_author() )
	);

	// Datum.
	$published_iso = get_the_date( DATE_W3C );
	$published     = get_the_date();
	if ( get_the_time( 'U' ) !== get_the_modified_time( 'U' ) ) {
		printf(
			'<span class="posted-on"><span class="meta-label">Uppdaterad</span><time class="entry-date updated" datetime="%1$s">%2$s</time><span class="posted-on-published hidden"><time class="entry-date published" datetime="%3$s">%4$s</time></span></span>',
			esc_attr( get_the_modified_date( DATE_W3C ) ),
			esc_html( get_the_modified_date() ),
			esc_attr( $published_iso ),
			esc_html( $published )
		);
	} else {
		printf(
			'<span class="posted-on"><time class="entry-date published updated" datetime="%1$s">%2$s</time></span>',
			esc_attr( $published_iso ),
			esc_html( $published )
		);
	}

	echo '</div>';
}

/**
 * Etiketter (och kategorier igen) under innehållet.
 */
function kadens_entry_taxonomies() {
	if ( 'post' !== get_post_type() ) {
		return;
	}
	$tags = get_the_tags();
	if ( empty( $tags ) || is_wp_error( $tags ) ) {
		return;
	}
	echo '<div class="entry-taxonomies">';
	echo '<span class="tags-links"><span class="tags-label screen-reader-text">Inläggets etiketter:</span>';
	foreach ( $tags as $tag ) {
		printf(
			'<a href="%1$s" title="%2$s" class="tag-link tag-item-%3$s" rel="tag"><span class="tag-hash">#</span>%2$s</a>',
			esc_url( get_tag_link( $tag->term_id ) ),
			esc_html( $tag->name ),
			esc_attr( $tag->slug )
		);
	}
	echo '</span>';
	echo '</div>';
}

/**
 * Utvald bild.
 */
function kadens_post_thumbnail( $context = 'single' ) {
	if ( post_password_required() || is_attachment() || ! has_post_thumbnail() ) {
		return;
	}
	if ( 'single' === $context ) {
		echo '<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-behind alignwide kadence-thumbnail-ratio-2-3"><div class="post-thumbnail-inner">';
		the_post_thumbnail( 'post-thumbnail' );
		echo '</div></div>';
	} else {
		printf( '<a class="post-thumbnail kadence-thumbnail-ratio-2-3" href="%s" aria-hidden="true" tabindex="-1"><div class="post-thumbnail-inner">', esc_url( get_permalink() ) );
		the_post_thumbnail( 'kadens-related', array( 'alt' => the_title_attribute( array( 'echo' => false ) ) ) );
		echo '</div></a>';
	}
}

/**
 * Sidnumrering i listor.
 */
function kadens_pagination() {
	the_posts_pagination(
		array(
			'mid_size'           => 2,
			'prev_text'          => '<span class="screen-reader-text">Föregående sida</span>&larr;',
			'next_text'          => '<span class="screen-reader-text">Nästa sida</span>&rarr;',
			'screen_reader_text' => 'Sidnumrering',
			'aria_label'         => 'Sidnumrering',
			'before_page_number' => '<span class="screen-reader-text">Sida </span>',
		)
	);
}

/**
 * Relaterade inlägg (Kadence "entry-related", karusell).
 */
function kadens_related_posts() {
	if ( 'post' !== get_post_type() ) {
		return;
	}
	$post_id = get_the_ID();
	$cats    = wp_get_post_categories( $post_id );
	$args    = array(
		'post_type'           => 'post',
		'post_status'         => 'publish',
		'posts_per_page'      => 6,
		'post__not_in'        => array( $post_id ),
		'ignore_sticky_posts' => true,
		'no_found_rows'       => true,
	);
	if ( ! empty( $cats ) ) {
		$args['category__in'] = $cats;
	}
	$related = new WP_Query( $args );
	if ( ! $related->have_posts() ) {
		return;
	}
	?>
	<div class="entry-related alignfull entry-related-style-wide">
		<div class="entry-related-inner content-container site-container">
			<div class="entry-related-inner-content alignwide">
				<h2 class="entry-related-title">Liknande inlägg</h2>
				<div class="entry-related-carousel kadence-slide-init splide" data-columns-xxl="3" data-columns-xl="3" data-columns-md="3" data-columns-sm="2" data-columns-xs="2" data-columns-ss="1" data-slider-anim-speed="400" data-slider-scroll="1" data-slider-dots="true" data-slider-arrows="true" data-slider-hover-pause="false" data-slider-auto="false" data-slider-speed="7000" data-slider-gutter="40" data-slider-loop="true" data-slider-next-label="Nästa" data-slider-slide-label="Inlägg" data-slider-prev-label="Föregående">
					<div class="splide__track">
						<ul class="splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3">
							<?php
							while ( $related->have_posts() ) {
								$related->the_post();
								?>
								<li class="entry-list-item carousel-item splide__slide">
									<article <?php post_class( 'entry content-bg loop-entry' ); ?>>
										<?php kadens_post_thumbnail( 'loop' ); ?>
										<div class="entry-content-wrap">
											<header class="entry-header">
												<h3 class="entry-title"><a href="<?php the_permalink(); ?>" rel="bookmark"><?php the_title(); ?></a></h3>
												<div class="entry-meta entry-meta-divider-dot">
													<span class="posted-on"><time class="entry-date published" datetime="<?php echo esc_attr( get_the_date( DATE_W3C ) ); ?>"><?php echo esc_html( get_the_date() ); ?></time></span>
												</div>
											</header>
										</div>
									</article>
								</li>
								<?php
							}
							wp_reset_postdata();
							?>
						</ul>
					</div>
				</div>
			</div>
		</div>
	</div>
	<?php
}
