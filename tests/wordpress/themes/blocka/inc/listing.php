<?php
/**
 * Listings – blocksy_render_archive_cards(), blocksy_render_archive_card()
 * and blocksy_display_posts_pagination().
 *
 * Default Blocksy 2 card order: post_meta (categories) → title (h2) →
 * featured image → excerpt → post_meta (author, date, comments).
 *
 * @package blocka
 */

function blocka_entry_title($tag = 'h2') {
	if (empty(get_the_title())) {
		return '';
	}

	return '<' . $tag . ' class="entry-title">'
		. '<a href="' . esc_url(get_permalink()) . '" rel="bookmark">' . get_the_title() . '</a>'
		. '</' . $tag . '>';
}

function blocka_entry_excerpt($length = 40) {
	$post = get_post();

	$excerpt = get_the_excerpt();

	if (empty(trim($excerpt))) {
		return '';
	}

	if (! $post->post_excerpt || post_password_required()) {
		$excerpt = wp_trim_words($excerpt, $length, '…');
	}

	return '<div class="entry-excerpt"><p>' . wp_kses_post($excerpt) . '</p></div>';
}

function blocka_render_archive_card() {
	$classes = get_post_class('entry-card card-content');

	echo '<article class="' . esc_attr(implode(' ', $classes)) . '">';

	echo blocka_post_meta(['categories'], [
		'attr' => ['data-id' => 'meta_1'],
		'category_style' => 'simple',
	]);

	echo blocka_entry_title('h2');

	echo blocka_media(get_post_thumbnail_id(), [
		'tag_name' => 'a',
		'class' => 'boundless-image',
		'size' => 'medium_large',
		'ratio' => '4/3',
		'img_class' => 'attachment-medium_large size-medium_large wp-post-image',
		'html_atts' => [
			'href' => get_permalink(),
			'aria-label' => wp_strip_all_tags(get_the_title()),
		],
	]);

	echo blocka_entry_excerpt(40);

	echo blocka_post_meta(['author', 'post_date', 'comments'], [
		'attr' => ['data-id' => 'meta_2'],
	]);

	echo '</article>';
}

function blocka_pagination() {
	global $wp_query;

	$total = (int) $wp_query->max_num_pages;

	if ($total <= 1) {
		return '';
	}

	$current = max(1, (int) get_query_var('paged'));

	$links = paginate_links([
		'mid_size' => 3,
		'end_size' => 0,
		'type' => 'array',
		'total' => $total,
		'current' => $current,
		'prev_text' => '<svg width="9px" height="9px" viewBox="0 0 15 15" fill="currentColor"><path d="M10.9,15c-0.2,0-0.4-0.1-0.6-0.2L3.6,8c-0.3-0.3-0.3-0.8,0-1.1l6.6-6.6c0.3-0.3,0.8-0.3,1.1,0c0.3,0.3,0.3,0.8,0,1.1L5.2,7.4l6.2,6.2c0.3,0.3,0.3,0.8,0,1.1C11.3,14.9,11.1,15,10.9,15z"/></svg>Föregående',
		'next_text' => 'Nästa <svg width="9px" height="9px" viewBox="0 0 15 15" fill="currentColor"><path d="M4.1,15c0.2,0,0.4-0.1,0.6-0.2L11.4,8c0.3-0.3,0.3-0.8,0-1.1L4.8,0.2C4.5-0.1,4-0.1,3.7,0.2C3.4,0.5,3.4,1,3.7,1.3l6.1,6.1l-6.2,6.2c-0.3,0.3-0.3,0.8,0,1.1C3.7,14.9,3.9,15,4.1,15z"/></svg>',
	]);

	if (empty($links)) {
		return '';
	}

	$arrow_links = ['', ''];
	$proper_links = [];

	foreach ($links as $link) {
		if (! preg_match('/class="[^"]+"/', $link, $matches)) {
			continue;
		}

		if (strpos($matches[0], 'next') !== false) {
			$arrow_links[1] = str_replace('page-numbers"', 'page-numbers" rel="next"', $link);
			continue;
		}

		if (strpos($matches[0], 'prev') !== false) {
			$arrow_links[0] = str_replace('page-numbers"', 'page-numbers" rel="prev"', $link);
			continue;
		}

		$proper_links[] = $link;
	}

	return '
		<nav class="ct-pagination" data-pagination="simple"  >
			' . $arrow_links[0] . '<div class="ct-hidden-sm">' . implode("\n", $proper_links) . '</div>' . $arrow_links[1] . '
			
		</nav>';
}

function blocka_render_archive_cards() {
	if (! have_posts()) {
		get_template_part('template-parts/content', 'none');
		return;
	}

	echo '<div class="entries" data-archive="default" data-layout="grid" data-cards="boxed">';

	while (have_posts()) {
		the_post();
		blocka_render_archive_card();
	}

	echo '</div>';

	echo blocka_pagination();
}

function blocka_search_form($args = []) {
	$args = wp_parse_args($args, [
		'input_class' => 'modal-field',
		'id_suffix' => '',
	]);

	ob_start();
	?>
	<form role="search" method="get" class="ct-search-form" data-form-controls="inside" data-taxonomy-filter="false" data-submit-button="icon" action="<?php echo esc_url(home_url('/')); ?>" aria-haspopup="listbox" data-live-results="thumbs">
		<input type="search" class="<?php echo esc_attr($args['input_class']); ?>" placeholder="Sök" value="<?php echo esc_attr(get_search_query()); ?>" name="s" autocomplete="off" title="Sök efter..." aria-label="Sök efter...">

		<div class="ct-search-form-controls">
			<button type="submit" class="wp-element-button" data-button="inside:icon" aria-label="Sökknapp">
				<svg class="ct-icon ct-search-button-content" aria-hidden="true" width="15" height="15" viewBox="0 0 15 15"><path d="M14.8,13.7L12,11c0.9-1.2,1.5-2.6,1.5-4.2c0-3.7-3-6.8-6.8-6.8S0,3,0,6.8s3,6.8,6.8,6.8c1.6,0,3.1-0.6,4.2-1.5l2.8,2.8c0.1,0.1,0.3,0.2,0.5,0.2s0.4-0.1,0.5-0.2C15.1,14.5,15.1,14,14.8,13.7z M1.5,6.8c0-2.9,2.4-5.2,5.2-5.2S12,3.9,12,6.8S9.6,12,6.8,12S1.5,9.6,1.5,6.8z"/></svg>
			</button>

			<input type="hidden" name="ct_post_type" value="post:page">
		</div>

		<div class="screen-reader-text" aria-live="polite" role="status">
			Inga resultat
		</div>
	</form>
	<?php
	return ob_get_clean();
}

/**
 * Sidebar on listing pages. Uses the real widget area when it has widgets,
 * otherwise core widgets rendered through the_widget() – what the CEO's
 * site shows: search, an "about" text, recent posts, recent comments,
 * categories and archives.
 */
function blocka_sidebar() {
	$widget_args = [
		'before_widget' => '<div class="ct-widget is-layout-flow %s">',
		'after_widget' => '</div>',
		'before_title' => '<h3 class="widget-title">',
		'after_title' => '</h3>',
	];

	?>
	<aside class="ct-hidden-sm ct-hidden-md" data-type="type-3" id="sidebar" <?php echo blocka_schema('sidebar'); ?>>
		<div class="ct-sidebar">
			<?php if (is_active_sidebar('sidebar-1')) { ?>
				<?php dynamic_sidebar('sidebar-1'); ?>
			<?php } else { ?>
				<div class="ct-widget is-layout-flow widget_search" id="search-2">
					<?php echo blocka_search_form(['input_class' => '']); ?>
				</div>

				<div class="ct-widget is-layout-flow widget_text" id="text-3">
					<h3 class="widget-title">Om VD-bloggen</h3>
					<div class="textwidget">
						<p>Här skriver vår vd om bostadsmarknaden, hyresförhandlingar, nyproduktion och livet i våra områden. Åsikterna är mina egna.</p>
					</div>
				</div>

				<?php
					the_widget(
						'WP_Widget_Recent_Posts',
						[
							'title' => 'Senaste inläggen',
							'number' => 5,
							'show_date' => true,
						],
						$widget_args
					);

					the_widget(
						'WP_Widget_Recent_Comments',
						[
							'title' => 'Senaste kommentarerna',
							'number' => 5,
						],
						$widget_args
					);

					the_widget(
						'WP_Widget_Categories',
						[
							'title' => 'Kategorier',
							'count' => 1,
							'hierarchical' => 1,
						],
						$widget_args
					);

					the_widget(
						'WP_Widget_Archives',
						[
							'title' => 'Arkiv',
							'count' => 0,
						],
						$widget_args
					);
				?>
			<?php } ?>
		</div>
	</aside>
	<?php
}
