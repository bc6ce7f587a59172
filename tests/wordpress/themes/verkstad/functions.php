<?php

/*
|--------------------------------------------------------------------------
| Verkstad – tema-bootstrap
|--------------------------------------------------------------------------
|
| Ursprungligen Sage 10. Blade/Acorn togs bort 2023 (kunden ville slippa
| Composer på servern) – vyerna ligger kvar i resources/views men är nu
| vanliga PHP-partials som laddas med get_template_part().
|
*/

if (version_compare(PHP_VERSION, '8.0.0', '<')) {
    wp_die(__('Verkstad kräver PHP 8.0 eller senare.', 'verkstad'));
}

/*
|--------------------------------------------------------------------------
| Ladda app/
|--------------------------------------------------------------------------
*/

array_map(function ($file) {
    $path = __DIR__ . "/app/{$file}.php";

    if (! file_exists($path)) {
        wp_die(sprintf(__('Kunde inte hitta <code>%s</code>.', 'verkstad'), "app/{$file}.php"));
    }

    require_once $path;
}, ['helpers', 'filters', 'comments']);

/*
|--------------------------------------------------------------------------
| Tema-stöd
|--------------------------------------------------------------------------
*/

add_action('after_setup_theme', function () {
    load_theme_textdomain('verkstad', get_template_directory() . '/resources/lang');

    /**
     * Vi kör inte blockmallar (FSE).
     */
    remove_theme_support('block-templates');
    remove_theme_support('core-block-patterns');

    /**
     * Menyer.
     */
    register_nav_menus([
        'primary_navigation' => __('Huvudmeny', 'verkstad'),
        'footer_navigation' => __('Sidfotsmeny', 'verkstad'),
    ]);

    add_theme_support('title-tag');
    add_theme_support('automatic-feed-links');
    add_theme_support('post-thumbnails');
    add_theme_support('responsive-embeds');

    add_theme_support('html5', [
        'caption',
        'comment-form',
        'comment-list',
        'gallery',
        'search-form',
        'script',
        'style',
    ]);

    add_theme_support('customize-selective-refresh-widgets');

    add_image_size('card', 768, 432, true);
}, 20);

/*
|--------------------------------------------------------------------------
| Widgetytor
|--------------------------------------------------------------------------
*/

add_action('widgets_init', function () {
    $config = [
        'before_widget' => '<section id="%1$s" class="%2$s text-sm leading-6 text-zinc-600">',
        'after_widget' => '</section>',
        'before_title' => '<h2 class="mb-3 text-sm font-semibold uppercase tracking-wide text-zinc-900">',
        'after_title' => '</h2>',
    ];

    register_sidebar([
        'name' => __('Sidofält', 'verkstad'),
        'id' => 'sidebar-primary',
    ] + $config);

    register_sidebar([
        'name' => __('Sidfot', 'verkstad'),
        'id' => 'sidebar-footer',
    ] + $config);
});

/*
|--------------------------------------------------------------------------
| Assets
|--------------------------------------------------------------------------
*/

add_action('wp_enqueue_scripts', function () {
    $css = get_theme_file_path('public/css/app.css');

    wp_enqueue_style(
        'verkstad/app.css',
        get_theme_file_uri('public/css/app.css'),
        [],
        file_exists($css) ? filemtime($css) : null
    );

    if (is_singular() && comments_open() && get_option('thread_comments')) {
        wp_enqueue_script('comment-reply');
    }
}, 100);
