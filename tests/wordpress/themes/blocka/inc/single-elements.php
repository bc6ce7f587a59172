<?php
/**
 * Single post elements – featured image, tags, share box, author box,
 * post navigation, newsletter box (Blocksy Companion look-alike) and
 * related posts. Markup follows Blocksy 2.0.x.
 *
 * @package blocka
 */

function blocka_featured_image() {
	if (! has_post_thumbnail() || post_password_required()) {
		return '';
	}

	$thumbnail_id = get_post_thumbnail_id();

	$caption = wp_get_attachment_caption($thumbnail_id);
	$figcaption = '';

	if (! empty($caption)) {
		$figcaption = '<figcaption>' . wp_kses_post(trim($caption)) . '</figcaption>';
	}

	return blocka_html_tag(
		'figure',
		['class' => 'ct-featured-image '],
		blocka_media($thumbnail_id, [
			'size' => 'full',
			'img_class' => 'attachment-full size-full wp-post-image',
		]) . $figcaption
	);
}

function blocka_post_tags() {
	$list = blocka_term_list('post_tag', [
		'before_each' => '<span>#</span> ',
		'has_term_class' => false,
	]);

	if (! $list) {
		return '';
	}

	return '<div class="entry-tags is-width-constrained ">'
		. '<span class="ct-module-title">Etiketter</span>'
		. '<div class="entry-tags-items">' . $list . '</div>'
		. '</div>';
}

function blocka_share_box($location = 'bottom') {
	$url = rawurlencode(get_permalink());
	$title = rawurlencode(wp_strip_all_tags(get_the_title()));
	$image = '';

	if (has_post_thumbnail()) {
		$image = rawurlencode((string) wp_get_attachment_image_url(get_post_thumbnail_id(), 'full'));
	}

	$networks = [
		'facebook' => [
			'label' => 'Facebook',
			'href' => 'https://www.facebook.com/sharer/sharer.php?u=' . $url,
			'icon' => '<svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M20,10.1c0-5.5-4.5-10-10-10S0,4.5,0,10.1c0,5,3.7,9.1,8.4,9.9v-7H5.9v-2.9h2.5V7.9C8.4,5.4,9.9,4,12.2,4c1.1,0,2.2,0.2,2.2,0.2v2.5h-1.3c-1.2,0-1.6,0.8-1.6,1.6v1.9h2.8L13.9,13h-2.3v7C16.3,19.2,20,15.1,20,10.1z"/></svg>',
		],
		'twitter' => [
			'label' => 'X (Twitter)',
			'href' => 'https://twitter.com/intent/tweet?url=' . $url . '&text=' . $title,
			'icon' => '<svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M2.9 0C1.3 0 0 1.3 0 2.9v14.3C0 18.7 1.3 20 2.9 20h14.3c1.6 0 2.9-1.3 2.9-2.9V2.9C20 1.3 18.7 0 17.1 0H2.9zm13.2 3.8L11.5 9l5.5 7.2h-4.3l-3.3-4.4-3.8 4.4H3.4l5-5.7-5.3-6.7h4.4l3 4 3.5-4h2.1zM14.4 15 6.8 5H5.6l7.7 10h1.1z"/></svg>',
		],
		'linkedin' => [
			'label' => 'LinkedIn',
			'href' => 'https://www.linkedin.com/shareArticle?url=' . $url . '&title=' . $title,
			'icon' => '<svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M18.6,0H1.4C0.6,0,0,0.6,0,1.4v17.1C0,19.4,0.6,20,1.4,20h17.1c0.8,0,1.4-0.6,1.4-1.4V1.4C20,0.6,19.4,0,18.6,0z M6,17.1h-3V7.6h3L6,17.1L6,17.1zM4.6,6.3c-1,0-1.7-0.8-1.7-1.7s0.8-1.7,1.7-1.7c0.9,0,1.7,0.8,1.7,1.7C6.3,5.5,5.5,6.3,4.6,6.3z M17.2,17.1h-3v-4.6c0-1.1,0-2.5-1.5-2.5c-1.5,0-1.8,1.2-1.8,2.5v4.7h-3V7.6h2.8v1.3h0c0.4-0.8,1.4-1.5,2.8-1.5c3,0,3.6,2,3.6,4.5V17.1z"/></svg>',
		],
		'pinterest' => [
			'label' => 'Pinterest',
			'href' => 'https://pinterest.com/pin/create/button/?url=' . $url . '&media=' . $image . '&description=' . $title,
			'icon' => '<svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M10,0C4.5,0,0,4.5,0,10c0,4.1,2.5,7.6,6,9.2c0-0.7,0-1.5,0.2-2.3c0.2-0.8,1.3-5.4,1.3-5.4s-0.3-0.6-0.3-1.6c0-1.5,0.9-2.6,1.9-2.6c0.9,0,1.3,0.7,1.3,1.5c0,0.9-0.6,2.3-0.9,3.5c-0.3,1.1,0.5,1.9,1.6,1.9c1.9,0,3.2-2.4,3.2-5.3c0-2.2-1.5-3.8-4.2-3.8c-3,0-4.9,2.3-4.9,4.8c0,0.9,0.3,1.5,0.7,2C6,12,6.1,12.1,6,12.4c0,0.2-0.2,0.6-0.2,0.8c-0.1,0.3-0.3,0.3-0.5,0.3c-1.4-0.6-2-2.1-2-3.8c0-2.8,2.4-6.2,7.1-6.2c3.8,0,6.3,2.8,6.3,5.7c0,3.9-2.2,6.9-5.4,6.9c-1.1,0-2.1-0.6-2.4-1.2c0,0-0.6,2.3-0.7,2.7c-0.2,0.8-0.6,1.5-1,2.1C8.1,19.9,9,20,10,20c5.5,0,10-4.5,10-10C20,4.5,15.5,0,10,0z"/></svg>',
		],
		'email' => [
			'label' => 'E-post',
			'href' => 'mailto:?subject=' . $title . '&body=' . $url,
			'icon' => '<svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M10,10.1L0,4.5V3.4C0,2.6,0.6,2,1.4,2h17.1C19.4,2,20,2.6,20,3.4v1.1L10,10.1z M10,11.8c-0.1,0-0.3,0-0.4-0.1L0,6.4v10.2C0,17.4,0.6,18,1.4,18h17.1c0.8,0,1.4-0.6,1.4-1.4V6.4l-9.6,5.3C10.3,11.8,10.1,11.8,10,11.8z"/></svg>',
		],
	];

	$links = '';

	foreach ($networks as $id => $network) {
		$attrs = [
			'href' => $network['href'],
			'data-network' => $id,
			'aria-label' => $network['label'],
		];

		if ($id !== 'email') {
			$attrs['rel'] = 'noopener noreferrer nofollow';
			$attrs['target'] = '_blank';
		}

		$links .= blocka_html_tag(
			'a',
			$attrs,
			'<span class="ct-icon-container">' . $network['icon'] . '</span>'
		);
	}

	return '<div class="ct-share-box is-width-constrained" data-location="' . esc_attr($location) . '" data-type="type-1">'
		. '<span class="ct-module-title">Dela inlägget</span>'
		. '<div data-icons-type="simple">' . $links . '</div>'
		. '</div>';
}

function blocka_author_box() {
	$author_id = (int) get_post_field('post_author');
	$user = get_userdata($author_id);

	if (! $user) {
		return '';
	}

	$arrow = '<svg width="18px" height="13px" viewBox="0 0 20 15"><polygon points="14.5,2 13.6,2.9 17.6,6.9 0,6.9 0,8.1 17.6,8.1 13.6,12.1 14.5,13 20,7.5 "/></svg>';

	$bio = get_the_author_meta('description', $author_id);

	ob_start();
	?>
	<div class="author-box is-width-constrained ct-hidden-sm" data-type="type-2">
		<?php
			echo blocka_avatar($author_id, 60, [
				'tag_name' => 'a',
				'class' => 'ct-media-container',
				'html_atts' => [
					'href' => get_author_posts_url($author_id, $user->user_nicename),
				],
				'alt' => $user->display_name,
				'inner_content' => $arrow,
			]);
		?>

		<section>
			<h5 class="author-box-name">
				<?php echo esc_html($user->display_name); ?>
			</h5>

			<div class="author-box-bio">
				<?php echo wp_kses_post(wpautop($bio)); ?>
			</div>

			<?php
				echo blocka_html_tag(
					'a',
					[
						'href' => get_author_posts_url($author_id),
						'class' => 'ct-author-box-more',
					],
					'Artiklar:&nbsp;' . intval(count_user_posts($author_id, 'post', true))
				);
			?>
		</section>
	</div>
	<?php
	return ob_get_clean();
}

/**
 * blocksy_post_navigation(): the OLDER post sits in .nav-item-prev,
 * the NEWER one in .nav-item-next.
 */
function blocka_post_navigation() {
	$older = get_adjacent_post(false, '', true);
	$newer = get_adjacent_post(false, '', false);

	if (! $older && ! $newer) {
		return '';
	}

	$arrow_left = '<svg width="20px" height="15px" viewBox="0 0 20 15" fill="#ffffff"><polygon points="0,7.5 5.5,13 6.4,12.1 2.4,8.1 20,8.1 20,6.9 2.4,6.9 6.4,2.9 5.5,2 "/></svg>';
	$arrow_right = '<svg width="20px" height="15px" viewBox="0 0 20 15" fill="#ffffff"><polygon points="14.5,2 13.6,2.9 17.6,6.9 0,6.9 0,8.1 17.6,8.1 13.6,12.1 14.5,13 20,7.5 "/></svg>';

	ob_start();
	?>
	<nav class="post-navigation is-width-constrained ">
		<?php if ($older) { ?>
			<a href="<?php echo esc_url(get_permalink($older)); ?>" class="nav-item-prev">
				<?php
					echo blocka_media(get_post_thumbnail_id($older), [
						'tag_name' => 'figure',
						'size' => 'medium',
						'ratio' => '1/1',
						'inner_content' => $arrow_left,
					]);
				?>

				<div class="item-content">
					<span class="item-label">
						Föregående <span>inlägg</span>
					</span>

					<?php $older_title = get_the_title($older); ?>
					<?php if (! empty($older_title)) { ?>
						<span class="item-title ct-hidden-sm">
							<?php echo wp_kses_post($older_title); ?>
						</span>
					<?php } ?>
				</div>
			</a>
		<?php } else { ?>
			<div class="nav-item-prev"></div>
		<?php } ?>

		<?php if ($newer) { ?>
			<a href="<?php echo esc_url(get_permalink($newer)); ?>" class="nav-item-next">
				<div class="item-content">
					<span class="item-label">
						Nästa <span>inlägg</span>
					</span>

					<?php $newer_title = get_the_title($newer); ?>
					<?php if (! empty($newer_title)) { ?>
						<span class="item-title ct-hidden-sm">
							<?php echo wp_kses_post($newer_title); ?>
						</span>
					<?php } ?>
				</div>

				<?php
					echo blocka_media(get_post_thumbnail_id($newer), [
						'tag_name' => 'figure',
						'size' => 'medium',
						'ratio' => '1/1',
						'inner_content' => $arrow_right,
					]);
				?>
			</a>
		<?php } else { ?>
			<div class="nav-item-next"></div>
		<?php } ?>
	</nav>
	<?php
	return ob_get_clean();
}

/**
 * Newsletter box, emulating the Blocksy Companion "Newsletter Subscribe"
 * extension that prints itself inside the article, after the post nav.
 */
function blocka_newsletter_box() {
	ob_start();
	?>
	<div class="ct-newsletter-subscribe-container is-width-constrained" data-type="type-1">
		<h3 class="ct-newsletter-subscribe-form-title">Prenumerera på VD-bloggen</h3>
		<div class="ct-newsletter-subscribe-description"><p>Få nya inlägg om boende, renoveringar och hyresfrågor direkt i din inkorg.</p></div>

		<form action="#" method="post" data-provider="mailchimp" class="ct-newsletter-subscribe-form" target="_blank" novalidate>
			<div class="ct-newsletter-subscribe-form-elements" data-columns="2">
				<input type="text" name="FNAME" placeholder="Ditt namn" aria-label="Ditt namn">
				<input type="email" name="EMAIL" placeholder="Din e-postadress *" aria-label="Din e-postadress" required>
				<button class="wp-element-button">Prenumerera</button>
			</div>
			<div class="ct-newsletter-subscribe-message"></div>
		</form>
	</div>
	<?php
	return ob_get_clean();
}

/**
 * blocksy_related_posts('separated') – printed after the content container,
 * outside the article, before the comments.
 */
function blocka_related_posts() {
	$post = get_post();

	if (! $post || $post->post_type !== 'post') {
		return '';
	}

	$terms = get_the_terms($post->ID, 'category');
	$term_ids = [];

	if ($terms && ! is_wp_error($terms)) {
		foreach ($terms as $term) {
			$term_ids[] = (int) $term->term_id;
		}
	}

	$query_args = [
		'ignore_sticky_posts' => 0,
		'posts_per_page' => 3,
		'post__not_in' => [$post->ID],
		'post_type' => 'post',
		'no_found_rows' => true,
		'orderby' => 'post_date',
	];

	if (! empty($term_ids)) {
		$query_args['tax_query'] = [
			[
				'field' => 'term_id',
				'taxonomy' => 'category',
				'terms' => $term_ids,
			],
		];
	}

	$query = new WP_Query($query_args);

	if (! $query->have_posts()) {
		wp_reset_postdata();
		return '';
	}

	ob_start();
	?>
	<div class="ct-related-posts-container">
		<div class="ct-container">
			<div class="ct-related-posts">
				<h3 class="ct-block-title">
					Relaterade inlägg
				</h3>

				<div class="ct-related-posts-items" data-layout="grid">
				<?php while ($query->have_posts()) { ?>
					<?php $query->the_post(); ?>

					<article <?php echo blocka_schema('creative_work'); ?>>
						<?php
							echo blocka_media(get_post_thumbnail_id(), [
								'tag_name' => 'a',
								'size' => 'medium',
								'ratio' => '16/9',
								'html_atts' => [
									'href' => get_permalink(),
									'aria-label' => wp_strip_all_tags(get_the_title()),
									'tabindex' => '-1',
								],
							]);
						?>

						<?php if (! empty(get_the_title())) { ?>
							<h4 class="related-entry-title" <?php echo blocka_schema('name'); ?>>
								<a href="<?php echo esc_url(get_permalink()); ?>" <?php echo blocka_schema('url'); ?> rel="bookmark"><?php the_title(); ?></a>
							</h4>
						<?php } ?>

						<?php echo blocka_post_meta(['post_date', 'comments']); ?>
					</article>
				<?php } ?>
				</div>
			</div>
		</div>
	</div>
	<?php
	wp_reset_postdata();

	return ob_get_clean();
}
